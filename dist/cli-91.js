export const id = 91;
export const ids = [91];
export const modules = {

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _inputs_cli_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9334);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1318);
/* harmony import */ var _scan_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8657);
/** The `policygate` command: flags in, a report out, an exit code. Wiring only. */



async function main() {
    const io = {
        cwd: process.cwd(),
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        isTTY: Boolean(process.stdout.isTTY),
        columns: process.stdout.columns,
        env: process.env,
    };
    try {
        const cmd = (0,_inputs_cli_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .RM)(process.argv.slice(2));
        switch (cmd.command) {
            case 'help':
                io.stdout((0,_inputs_cli_options_js__WEBPACK_IMPORTED_MODULE_0__/* .helpFor */ .VY)(cmd.topic));
                return 0;
            case 'version':
                io.stdout((0,_scan_version_js__WEBPACK_IMPORTED_MODULE_2__/* .versionText */ .K)());
                return 0;
            case 'rules': {
                // Loaded on use, not at start: `policygate --version` stays as quick as node itself.
                const [{ ruleDescriptions }, { RULES }, { rulePage, rulesReport }] = await Promise.all([
                    Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 1275)),
                    Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 866)),
                    Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 9681)),
                ]);
                const meta = RULES.map((r) => r.meta);
                io.stdout(cmd.id
                    ? rulePage(ruleDescriptions(), meta, cmd.id, cmd.format)
                    : rulesReport(ruleDescriptions(), meta, cmd.format));
                return 0;
            }
            case 'scan': {
                const { runScan } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 9115));
                return (await runScan(cmd, io)).code;
            }
        }
    }
    catch (e) {
        if (e instanceof _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e) {
            // One line a mistake (a config file reports all of its own at once).
            for (const line of e.message.split('\n'))
                io.stderr(`policygate: ${line}\n`);
            return 2;
        }
        // A fault of ours: still one line (the message), with the stack only when asked for.
        const detail = process.env.POLICYGATE_DEBUG
            ? (e.stack ?? String(e))
            : String(e.message).split('\n')[0];
        io.stderr(`policygate: internal error: ${detail} (set POLICYGATE_DEBUG=1 for details)\n`);
        return 2;
    }
}


/***/ }),

/***/ 2864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialsResolve: () => (/* binding */ credentialsResolve),
  runAccessAnalyzer: () => (/* binding */ runAccessAnalyzer)
});

// UNUSED EXPORTS: MAX_POLICIES_SENT, policyKey

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-accessanalyzer/dist-cjs/index.js
var dist_cjs = __webpack_require__(1645);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/policies/key.ts
var key = __webpack_require__(8757);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(1068);
;// CONCATENATED MODULE: ./src/engines/access-analyzer/checks.ts
/**
 * Which Access Analyzer calls a policy gets, by its kind: ValidatePolicy for every policy (with
 * the resource type where AWS's model has one), CheckNoPublicAccess for resource and trust policies
 * of a type it supports, named as it names them, CheckAccessNotGranted with the sensitive actions
 * (100 a call), and CheckNoNewAccess against the policy's own version on the base branch.
 */

// The settings' vocabulary belongs to inputs/ (which validates it); re-exported for the engine.

/**
 * ValidatePolicy's `validatePolicyResourceType` and CheckNoPublicAccess's `resourceType` values, as
 * AWS's API model gives them to the SDK (6 and 26 today): a type the SDK gains is sent once a
 * policy governs it, and a type it does not list never is (AWS refuses it).
 */
const VALIDATE_RESOURCE_TYPES = new Set(Object.values(dist_cjs/* ValidatePolicyResourceType */.XTG));
const PUBLIC_ACCESS_TYPES = new Set(Object.values(dist_cjs/* AccessCheckResourceType */.f32));
/** A governed type Access Analyzer knows under another name. */
const AA_NAME = {
    'AWS::Elasticsearch::Domain': 'AWS::OpenSearchService::Domain',
    'AWS::Glacier::Vault': 'AWS::S3::Glacier',
};
/** ValidatePolicy's maximum, as AWS's cfn-policy-validator applies it: characters, whitespace excluded. */
const MAX_VALIDATE_SIZE = 32_768;
function plan(policy) {
    switch (policy.kind) {
        case 'identity':
        case 'boundary':
            return { validate: { policyType: 'IDENTITY_POLICY' }, accessCheckType: 'IDENTITY_POLICY' };
        case 'trust':
            return {
                validate: { policyType: 'RESOURCE_POLICY', resourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
                noPublicAccess: { resourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
            };
        case 'scp':
            return { validate: { policyType: 'SERVICE_CONTROL_POLICY' } };
        case 'rcp':
            return { validate: { policyType: 'RESOURCE_CONTROL_POLICY' } };
        case 'resource': {
            const governs = policy.governs ? (AA_NAME[policy.governs] ?? policy.governs) : '';
            return {
                validate: {
                    policyType: 'RESOURCE_POLICY',
                    ...(VALIDATE_RESOURCE_TYPES.has(governs) ? { resourceType: governs } : {}),
                },
                ...(PUBLIC_ACCESS_TYPES.has(governs) ? { noPublicAccess: { resourceType: governs } } : {}),
                accessCheckType: 'RESOURCE_POLICY',
            };
        }
    }
}

// EXTERNAL MODULE: ./src/parse/node.ts
var node = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/template/values.ts
var values = __webpack_require__(4478);
// EXTERNAL MODULE: ./src/findings/secrets.ts
var findings_secrets = __webpack_require__(9967);
;// CONCATENATED MODULE: ./src/engines/access-analyzer/serialize.ts
/**
 * A policy as Access Analyzer receives it: resolved JSON text built from the parsed statements,
 * and the way back from Access Analyzer's `locations[].path` (and the custom checks'
 * `statementIndex`) to the node in the file as written, so its findings land on the same line an
 * offline rule would use.
 */



function principalJson(items) {
    if (items.some((p) => p.type === '*'))
        return '*';
    const out = {};
    for (const p of items)
        (out[p.type] ??= []).push(p.value);
    return out;
}
/** `secrets` are replaced by placeholders of the same shape: their values never reach AWS. */
function serialize(policy, secrets = []) {
    let unknown = policy.unanalysable !== undefined;
    const strings = (items) => items.map((i) => {
        if ((0,values/* isUnknown */.t8)(i.value))
            unknown = true;
        return i.value;
    });
    const statements = policy.statements.map((st) => {
        const o = {};
        if (st.sid)
            o.Sid = st.sid;
        o.Effect = st.effect ?? 'Allow';
        if (st.principal)
            o.Principal = principalJson(st.principal.items);
        if (st.notPrincipal)
            o.NotPrincipal = principalJson(st.notPrincipal.items);
        for (const [k, el] of [
            ['Action', st.action],
            ['NotAction', st.notAction],
            ['Resource', st.resource],
            ['NotResource', st.notResource],
        ]) {
            if (el)
                o[k] = strings(el.items);
        }
        if (st.conditions) {
            if ((0,values/* hasUnknown */.RT)(st.conditions))
                unknown = true;
            o.Condition = st.conditions;
        }
        if (st.principal?.items.some((p) => (0,values/* isUnknown */.t8)(p.value)) || st.notPrincipal?.items.some((p) => (0,values/* isUnknown */.t8)(p.value)))
            unknown = true;
        return o;
    });
    // A Statement written as one mapping is sent as one: Access Analyzer's locations then have no
    // index step, as for the document as written.
    const one = statements.length === 1 && policy.statements[0].node.key === 'Statement';
    const document = { Version: '2012-10-17', Statement: one ? statements[0] : statements };
    const text = (0,findings_secrets/* withPlaceholders */.rk)(JSON.stringify(document, null, 2), secrets);
    return { text, unknown };
}
const ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'];
const ELEMENT_FIELD = {
    Action: 'action',
    NotAction: 'notAction',
    Resource: 'resource',
    NotResource: 'notResource',
};
/**
 * The node a location path points at, followed step by step as far as the parsed policy allows.
 * A single-object `Statement` has no `index` step. `text` is the file's text, to place a
 * `substring` inside a literal string.
 */
function nodeForPath(policy, path, r, text) {
    const doc = r.view(policy.node) ?? policy.node;
    const [first, ...rest] = path;
    if (!first)
        return { node: doc, exact: true };
    const name = first.value ?? first.key;
    if (name === undefined)
        return { node: doc, exact: false };
    if (first.key !== undefined || name !== 'Statement') {
        return walk(doc, path, r, text);
    }
    let steps = rest;
    let st;
    if (steps[0]?.index !== undefined) {
        st = policy.statements[steps[0].index];
        steps = steps.slice(1);
    }
    else if (policy.statements.length === 1)
        st = policy.statements[0];
    if (!st)
        return { node: (0,node/* get */.Jt)(doc, 'Statement') ?? doc, exact: false };
    const [field, ...tail] = steps;
    if (!field)
        return { node: st.node, exact: true };
    const fieldName = field.value ?? field.key;
    if (field.key !== undefined || fieldName === undefined)
        return walk(st.node, steps, r, text);
    const el = ELEMENTS.includes(fieldName)
        ? st[ELEMENT_FIELD[fieldName]]
        : undefined;
    if (el)
        return inItems(el.node, el.items, tail, text);
    if (fieldName === 'Principal' || fieldName === 'NotPrincipal') {
        const p = fieldName === 'Principal' ? st.principal : st.notPrincipal;
        if (!p)
            return { node: st.node, exact: false };
        const [type, ...more] = tail;
        if (!type)
            return { node: p.node, exact: true };
        const view = r.view(p.node);
        if (type.key !== undefined) {
            const k = (0,node/* keyNode */.qe)(view, type.key);
            return k ? { node: k, exact: !more.length } : { node: p.node, exact: false };
        }
        if (type.value === undefined)
            return { node: p.node, exact: false };
        const ofType = p.items.filter((i) => i.type === type.value);
        const under = (0,node/* get */.Jt)(view, type.value);
        if (!ofType.length || !under)
            return { node: p.node, exact: false };
        return inItems(under, ofType, more, text);
    }
    return walk(st.node, steps, r, text);
}
/** The rest of a path inside a list of items (actions, resources, principals of one type). */
function inItems(node, items, steps, text) {
    const [step, ...more] = steps;
    if (!step)
        return { node, exact: true };
    // A lone string is sent as a one-item list: index 0 is the string itself.
    const item = step.index !== undefined ? items[step.index] : undefined;
    if (!item)
        return { node, exact: false };
    if (!more.length)
        return { node: item.node, exact: true };
    if (more.length === 1 && more[0].substring)
        return inString(item.node, item.value, more[0].substring, text);
    return { node: item.node, exact: false };
}
/** A path through the document as written (Version, Id, Condition, keys), through Fn::If views. */
function walk(from, steps, r, text) {
    let n = from;
    for (let i = 0; i < steps.length; i++) {
        const s = steps[i];
        const view = r.view(n) ?? n;
        let next;
        if (s.value !== undefined)
            next = (0,node/* get */.Jt)(view, s.value);
        else if (s.key !== undefined)
            next = (0,node/* keyNode */.qe)(view, s.key);
        else if (s.index !== undefined)
            next = (0,node/* isSeq */.oP)(view) ? r.items(view)[s.index] : s.index === 0 ? view : undefined;
        else if (s.substring && i === steps.length - 1)
            return inString(view, r.value(view), s.substring, text);
        if (!next)
            return { node: n, exact: false };
        n = next;
    }
    return { node: n, exact: true };
}
/**
 * Part of a string: placed inside the node when the string is written literally (its value found
 * in the node's text), else the whole string.
 */
function inString(node, value, sub, text) {
    if (typeof value !== 'string' || text === undefined || node.kind !== 'scalar')
        return { node, exact: false };
    const at = text.slice(node.start, node.end).indexOf(value);
    if (at < 0 || sub.start < 0 || sub.length < 0 || sub.start + sub.length > value.length)
        return { node, exact: false };
    const start = node.start + at + sub.start;
    return {
        node: { kind: 'scalar', start, end: start + sub.length, value: null, parent: node.parent, key: node.key },
        exact: true,
    };
}
/** The node of a statement by index, for the custom checks' reasons. */
function nodeForStatement(policy, index, sid) {
    const st = (sid ? policy.statements.find((s) => s.sid === sid) : undefined) ??
        (index !== undefined ? policy.statements[index] : undefined);
    return st ? { node: st.node, exact: true } : { node: policy.node, exact: false };
}

;// CONCATENATED MODULE: ./src/engines/access-analyzer/engine.ts
/**
 * The Access Analyzer engine: every policy of the scanned files through the four checks, calls
 * run concurrently under a limit, identical (text, check, type) calls made once per run, throttling
 * retried by the SDK's adaptive mode (one token bucket for the whole pool). Credentials come from
 * the SDK's default chain. A check that was asked for and could not run is an error, never a pass.
 */






/**
 * A pull request can hold thousands of policies (a 43k-resource template); each costs up to four
 * calls, some billed, at about 10 a second. Past this many the rest are not sent, and the run says
 * so (with `access-analyzer: on` it fails, as a requested check did not run on everything). The
 * offline rules still check every policy.
 */
const MAX_POLICIES_SENT = 500;
const SEVERITY = {
    ERROR: 'high',
    SECURITY_WARNING: 'high',
    WARNING: 'medium',
    SUGGESTION: 'low',
};

/** Errors in which AWS refuses one request for what it holds: that policy is not checked, the run goes on. */
const REFUSED = new Set(['ValidationException', 'InvalidParameterException', 'UnprocessableEntityException']);
/** One finding per fingerprint: the same statement failing in two batches of a check is one finding. */
function unique(findings) {
    const seen = new Set();
    return findings.filter((f) => !seen.has(f.fingerprint) && Boolean(seen.add(f.fingerprint)));
}
function engine_finding(model, policy, at, rule, message, helpUri, key) {
    return (0,finding/* makeFinding */.M)({
        rule,
        file: model.file,
        at: { source: model.source, node: at.node },
        approximate: !at.exact,
        message,
        resource: policy.resource?.id ?? null,
        policy: policy.path,
        key,
        engine: 'access-analyzer',
        helpUri,
    });
}
const humanise = (code) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const CHECK_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html';
/** A custom check that failed: one finding per reason, on the statement it names. */
function failedCheck(model, policy, r, check) {
    if (r.result !== 'FAIL')
        return [];
    return (r.reasons?.length ? r.reasons : [{}]).map((reason) => engine_finding(model, policy, nodeForStatement(policy, reason.statementIndex, reason.statementId), { id: check.ruleId, severity: check.severity, title: check.title }, `${r.message ?? check.fallback}${reason.description ? ` ${reason.description}` : ''}`, CHECK_DOCS, `${check.key}:${reason.statementIndex ?? ''}`));
}
/** Whether the SDK's default chain resolves credentials (asked before building models for it). */
async function credentialsResolve(region) {
    const client = new dist_cjs/* AccessAnalyzerClient */.eXW({ region });
    try {
        await client.config.credentials();
        return true;
    }
    catch {
        return false;
    }
    finally {
        client.destroy();
    }
}
async function runAccessAnalyzer(models, opts) {
    const result = { findings: [], ran: false, calls: 0, billedCalls: 0, skipped: null, notes: [] };
    const policies = models.flatMap((m) => m.policies.map((p) => ({ model: m, policy: p })));
    if (!policies.length) {
        result.skipped = 'no policy to check';
        return result;
    }
    const client = opts.client ??
        new dist_cjs/* AccessAnalyzerClient */.eXW({
            region: opts.region,
            maxAttempts: 6,
            retryMode: 'adaptive',
            requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
        });
    try {
        await client.config.credentials();
    }
    catch {
        if (opts.mode === 'on') {
            result.error =
                'access-analyzer is on but no AWS credentials resolve (configure them, e.g. with aws-actions/configure-aws-credentials and OIDC)';
        }
        else
            result.skipped = 'no AWS credentials';
        return result;
    }
    // A few calls in flight keep close to the service's rate limit without a burst of throttling
    // (measured in bench/access-analyzer-speed.ts: 3 beats 2, 4 and 8 at 10 TPS with 100 ms latency).
    const limit = (0,p_limit/* default */.A)(opts.concurrency ?? 3);
    const cache = new Map();
    // Only a call AWS answered is billed: one it refused (AccessDenied, a validation error) is not.
    const call = (key, billed, fn) => {
        let p = cache.get(key);
        if (!p) {
            p = limit(async () => {
                result.calls++;
                const answer = await fn();
                if (billed)
                    result.billedCalls++;
                return answer;
            });
            cache.set(key, p);
        }
        return p;
    };
    const unsent = [];
    const overBudget = [];
    const oversized = [];
    const refused = [];
    const denied = { validate: '', custom: new Set() };
    let failure;
    const budget = opts.maxPolicies ?? MAX_POLICIES_SENT;
    let sent = 0;
    const tasks = [];
    /**
     * One call's failure costs only that call: AWS refusing one policy (a ValidationException) is
     * noted against it, AccessDenied is counted per operation, anything else (throttling after the
     * retries, a server error) fails the stage as before.
     */
    const settle = (op, where, task) => {
        tasks.push(task.catch((e) => {
            if (e.name === 'AccessDeniedException') {
                if (op === 'ValidatePolicy')
                    denied.validate ||= e.message ?? 'AccessDenied';
                else
                    denied.custom.add(op);
            }
            else if (REFUSED.has(e.name ?? ''))
                refused.push(`${where} (${op}: ${e.name}: ${e.message ?? ''})`);
            else
                failure ??= e;
        }));
    };
    for (const { model, policy } of policies) {
        const where = `${policy.file}${policy.resource ? `#${policy.resource.id}` : ''}`;
        const { text, unknown } = serialize(policy, opts.secrets);
        if (unknown) {
            unsent.push(where);
            continue;
        }
        const size = text.replace(/\s/g, '').length;
        if (size > MAX_VALIDATE_SIZE) {
            oversized.push(where);
            result.findings.push(engine_finding(model, policy, { node: policy.node, exact: true }, {
                id: 'access-analyzer/POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM',
                severity: 'medium',
                title: 'Policy too large for Access Analyzer',
            }, `The policy is ${size} characters without whitespace, over ValidatePolicy's maximum of ${MAX_VALIDATE_SIZE}: Access Analyzer cannot check it, and it was not sent. Split it into smaller policies.`, CHECK_DOCS, 'size'));
            continue;
        }
        if (++sent > budget) {
            overBudget.push(where);
            continue;
        }
        const p = plan(policy);
        const add = (f) => result.findings.push(f);
        if (opts.checks.has('validate') && p.validate) {
            const { policyType, resourceType } = p.validate;
            settle('ValidatePolicy', where, call(`validate\0${policyType}\0${resourceType ?? ''}\0${text}`, false, async () => {
                const out = [];
                for await (const page of (0,dist_cjs/* paginateValidatePolicy */.ee)({ client }, {
                    policyDocument: text,
                    policyType,
                    ...(resourceType ? { validatePolicyResourceType: resourceType } : {}),
                })) {
                    for (const f of page.findings ?? [])
                        out.push(f);
                }
                return out;
            }).then((found) => {
                for (const f of found) {
                    const at = nodeForPath(policy, (f.locations?.[0]?.path ?? []), model.resolver, model.source.text);
                    add(engine_finding(model, policy, at, {
                        id: `access-analyzer/${f.issueCode}`,
                        severity: SEVERITY[f.findingType ?? ''] ?? 'medium',
                        title: humanise(f.issueCode ?? 'finding'),
                    }, f.findingDetails ?? '', f.learnMoreLink ?? CHECK_DOCS, f.issueCode ?? ''));
                }
            }));
        }
        if (opts.checks.has('no-public-access') && p.noPublicAccess) {
            const resourceType = p.noPublicAccess.resourceType;
            settle('CheckNoPublicAccess', where, call(`public\0${resourceType}\0${text}`, true, () => client.send(new dist_cjs/* CheckNoPublicAccessCommand */.MVw({ policyDocument: text, resourceType: resourceType }))).then((r) => {
                for (const f of failedCheck(model, policy, r, {
                    ruleId: 'access-analyzer/check-no-public-access',
                    severity: 'critical',
                    title: 'Access Analyzer: public access',
                    fallback: 'The policy grants public access.',
                    key: 'public',
                }))
                    add(f);
            }));
        }
        if (opts.checks.has('access-not-granted') && p.accessCheckType && opts.sensitiveActions.length) {
            const policyType = p.accessCheckType;
            for (let i = 0; i < opts.sensitiveActions.length; i += 100) {
                const actions = opts.sensitiveActions.slice(i, i + 100);
                settle('CheckAccessNotGranted', where, call(`notgranted\0${policyType}\0${actions.join(',')}\0${text}`, true, () => client.send(new dist_cjs/* CheckAccessNotGrantedCommand */.QKI({ policyDocument: text, policyType, access: [{ actions }] }))).then((r) => {
                    for (const f of failedCheck(model, policy, r, {
                        ruleId: 'access-analyzer/check-access-not-granted',
                        severity: 'high',
                        title: 'Access Analyzer: sensitive actions granted',
                        fallback: 'The policy grants one or more of the sensitive actions.',
                        // Not the batch: a statement failing in two batches of 100 actions is one finding.
                        key: 'not-granted',
                    }))
                        add(f);
                }));
            }
        }
        if (opts.checks.has('no-new-access') && p.accessCheckType && opts.base) {
            const before = opts.base.get((0,key/* policyKey */.s)(policy));
            if (!before)
                continue;
            const existing = serialize(before, opts.secrets);
            if (existing.unknown || existing.text === text)
                continue;
            const policyType = p.accessCheckType;
            settle('CheckNoNewAccess', where, call(`nonew\0${policyType}\0${existing.text}\0${text}`, true, () => client.send(new dist_cjs/* CheckNoNewAccessCommand */.hS0({ newPolicyDocument: text, existingPolicyDocument: existing.text, policyType }))).then((r) => {
                for (const f of failedCheck(model, policy, r, {
                    ruleId: 'access-analyzer/check-no-new-access',
                    severity: 'high',
                    title: 'Access Analyzer: new access',
                    fallback: 'The change grants new access.',
                    key: 'new',
                }))
                    add(f);
            }));
        }
    }
    await Promise.all(tasks);
    result.findings = unique(result.findings);
    result.ran = true;
    const list = (xs) => `${xs.slice(0, 5).join(', ')}${xs.length > 5 ? `, and ${xs.length - 5} more` : ''}`;
    const policiesWere = (n) => `${n} polic${n === 1 ? 'y was' : 'ies were'}`;
    if (unsent.length)
        result.notes.push(`${policiesWere(unsent.length)} not sent to Access Analyzer because some values are only known at deploy time: ${list(unsent)}`);
    if (oversized.length)
        result.notes.push(`${policiesWere(oversized.length)} not sent to Access Analyzer: over ${MAX_VALIDATE_SIZE} characters, ValidatePolicy's maximum: ${list(oversized)}`);
    if (refused.length)
        result.notes.push(`Access Analyzer refused ${refused.length} call${refused.length === 1 ? '' : 's'} for what the policy holds (that policy's check did not run; the others did): ${list(refused)}`);
    if (overBudget.length) {
        const what = `${policiesWere(overBudget.length)} not sent to Access Analyzer: a run sends at most ${budget} (the offline rules checked them all): ${list(overBudget)}`;
        result.notes.push(what);
        if (opts.mode === 'on')
            result.error = what;
    }
    const custom = [...denied.custom].sort();
    if (custom.length && !denied.validate && opts.checks.has('validate')) {
        // A role allowed ValidatePolicy only (the custom checks are billed, and often left out).
        const what = `Access Analyzer denied the custom checks (${custom.join(', ')}); ValidatePolicy ran and its findings are kept. Allow the role access-analyzer:${custom.join(', access-analyzer:')}, or set \`checks: validate\` to turn the custom checks off`;
        if (opts.mode === 'on')
            result.error = what;
        else
            result.notes.push(`Warning: ${what}.`);
    }
    else if (denied.validate || custom.length) {
        result.error = `Access Analyzer denied the call (${denied.validate || custom.join(', ')}); the role needs access-analyzer:ValidatePolicy, CheckNoNewAccess, CheckAccessNotGranted and CheckNoPublicAccess`;
    }
    else if (failure) {
        result.error = `an Access Analyzer call failed after retries: ${failure.name ?? 'Error'}: ${failure.message}`;
    }
    return result;
}


/***/ }),

/***/ 709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchManagedPolicies: () => (/* binding */ fetchManagedPolicies)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6764);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(370);
/* harmony import */ var _parse_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2475);
/* harmony import */ var _policies_extract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3067);
/* harmony import */ var _template_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6137);
/**
 * Managed policies attached by ARN (AWS-managed ones such as AmazonS3FullAccess, and
 * customer-managed ones not defined in the template), fetched through IAM (GetPolicy, then
 * GetPolicyVersion of the default version), concurrently and once per run, so the permission diff
 * sees what a role really gets. Without credentials, or when IAM refuses, each ARN says why it was
 * not expanded.
 */





async function fetchManagedPolicies(arns, opts) {
    const out = new Map();
    const unique = [...new Set(arns)].filter((a) => /^arn:aws[\w-]*:iam::(aws|\d{12}):policy\//.test(a));
    for (const a of arns)
        if (!unique.includes(a))
            out.set(a, { reason: 'not a managed policy ARN' });
    if (!unique.length)
        return out;
    const client = opts.client ??
        new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .IAMClient */ .h8v({
            region: opts.region,
            maxAttempts: 4,
            requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
        });
    try {
        await client.config.credentials();
    }
    catch {
        for (const a of unique)
            out.set(a, { reason: 'not expanded: no AWS credentials' });
        return out;
    }
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(opts.concurrency ?? 3);
    await Promise.all(unique.map((arn) => limit(async () => {
        try {
            const p = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .GetPolicyCommand */ .s4W({ PolicyArn: arn }));
            const v = await client.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .GetPolicyVersionCommand */ .G45({ PolicyArn: arn, VersionId: p.Policy?.DefaultVersionId ?? 'v1' }));
            const text = decodeURIComponent(v.PolicyVersion?.Document ?? '');
            const parsed = (0,_parse_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseText */ .r4)(`${arn}.json`, text);
            out.set(arn, { policy: (0,_policies_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .extractFromPolicyFile */ .QM)(arn, parsed.root, new _template_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .Resolver */ .xR(undefined)) });
        }
        catch (e) {
            const err = e;
            out.set(arn, { reason: `not expanded: IAM refused (${err.name ?? 'Error'}: ${err.message ?? ''})` });
        }
    })));
    return out;
}


/***/ }),

/***/ 9967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ secretStrings),
/* harmony export */   UN: () => (/* binding */ maskResult),
/* harmony export */   rk: () => (/* binding */ withPlaceholders)
/* harmony export */ });
/* unused harmony exports MASK, MIN_SECRET_LENGTH, maskText, placeholderFor */
const MASK = '****';
/**
 * Values this short are not masked: they would blank out ordinary words and numbers across every
 * message ("22", "on"), and cannot hide much.
 */
const MIN_SECRET_LENGTH = 3;
/** The strings to mask for these values: each value, and the items of a comma-separated list. */
function secretStrings(values) {
    const out = new Set();
    for (const v of values) {
        for (const s of [v, ...(v.includes(',') ? v.split(',').map((x) => x.trim()) : [])]) {
            if (s.length >= MIN_SECRET_LENGTH)
                out.add(s);
        }
    }
    // Longest first, so a secret that contains another is masked whole.
    return [...out].sort((a, b) => b.length - a.length);
}
function maskText(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join(MASK);
    return out;
}
/**
 * Masks the result in place and records the secrets on it (`result.secrets`, not enumerable, so
 * no report or JSON.stringify of the result can print them) for the Action's `core.setSecret`.
 *
 * `secrets` (values the user gave) are masked everywhere. `byFile` holds each file's own secrets
 * (its NoEcho parameters' values, and those a parent stack passes it): they are masked only in
 * what the scan says about that file, where values derived from them can appear. A NoEcho default
 * of one template is an ordinary word in every other file ("NonDefaultAuthorizerApi" must not
 * become "Non****AuthorizerApi" because some template's NoEcho default is "Default").
 */
function maskResult(result, secrets, byFile = new Map()) {
    const all = secretStrings([...secrets, ...[...byFile.values()].flat()]);
    Object.defineProperty(result, 'secrets', { value: all, enumerable: false, configurable: true });
    if (!all.length)
        return;
    const perFile = new Map();
    const forFile = (file) => {
        let list = perFile.get(file);
        if (!list)
            perFile.set(file, (list = byFile.has(file) ? secretStrings([...secrets, ...byFile.get(file)]) : secrets));
        return list;
    };
    const global = (s) => maskText(s, secrets);
    for (const f of result.findings) {
        const own = forFile(f.file);
        f.message = maskText(f.message, own);
        if (f.suppression)
            f.suppression.reason = maskText(f.suppression.reason, own);
    }
    for (const w of result.warnings)
        w.message = maskText(w.message, forFile(w.file));
    for (const p of result.partial)
        p.reasons = p.reasons.map((r) => maskText(r, forFile(p.file)));
    for (const c of result.changes ?? []) {
        const own = forFile(c.file);
        c.added = c.added.map((s) => maskText(s, own));
        c.removed = c.removed.map((s) => maskText(s, own));
    }
    // Access Analyzer's words are not tied to one file: every secret of the run is masked there.
    const m = (s) => maskText(global(s), all);
    const aa = result.accessAnalyzer;
    if (aa.skipped)
        aa.skipped = m(aa.skipped);
    if (aa.error)
        aa.error = m(aa.error);
    if (aa.notes)
        aa.notes = aa.notes.map(m);
}
/**
 * A stand-in with the secret's shape: letters become `x`/`X`, digits `0`, punctuation and IAM
 * wildcards stay, and an ARN keeps its partition, service, region and account, so Access
 * Analyzer checks a policy that means the same kind of thing without ever seeing the value.
 */
function placeholderFor(secret) {
    const arn = /^(arn:[^:]*:[^:]*:[^:]*:[^:]*:)(.*)$/s.exec(secret);
    const [keep, rest] = arn ? [arn[1], arn[2]] : ['', secret];
    return keep + rest.replace(/[A-Za-z]/g, (c) => (c === c.toUpperCase() ? 'X' : 'x')).replace(/\d/g, '0');
}
/** A JSON text with every secret (as JSON writes it) replaced by its placeholder. */
function withPlaceholders(json, secrets) {
    let out = json;
    for (const s of secrets) {
        const written = JSON.stringify(s).slice(1, -1);
        if (out.includes(written))
            out = out.split(written).join(JSON.stringify(placeholderFor(s)).slice(1, -1));
    }
    return out;
}


/***/ }),

/***/ 5315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   c6: () => (/* binding */ fails),
/* harmony export */   oC: () => (/* reexport safe */ _inputs_constants_js__WEBPACK_IMPORTED_MODULE_0__.oC),
/* harmony export */   q$: () => (/* binding */ conclusion),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony exports verdict, fingerprintsOf */
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1068);
/** The Finding: where engines meet reporters (the JSON report's shape, interface.md §3). */


const severityRank = (s) => _inputs_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(s);
/** Whether a finding counts toward failing the run. */
function fails(f, failOn) {
    if (f.suppressed || failOn === 'never')
        return false;
    return f.internal === true || severityRank(f.severity) <= severityRank(failOn);
}
function conclusion(findings, failOn) {
    return findings.some((f) => fails(f, failOn)) ? 'failure' : 'success';
}
/**
 * The gate's verdict: failure when something that was asked for could not be done (a required
 * check that did not run, changed files that were not read), else by the findings and `fail-on`.
 */
function verdict(findings, failOn, couldNotRun) {
    return couldNotRun ? 'failure' : conclusion(findings, failOn);
}
/** A finding's fingerprint and those of the findings folded into it: all are still open. */
const fingerprintsOf = (f) => f.folded?.length ? [f.fingerprint, ...f.folded.map((x) => x.fingerprint)] : [f.fingerprint];
function countBySeverity(findings) {
    const out = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    for (const f of findings)
        if (!f.suppressed)
            out[f.severity]++;
    return out;
}
/** Most severe first, then by file and line: the order every reporter shows. */
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        severityRank(a.severity) - severityRank(b.severity) ||
        a.ruleId.localeCompare(b.ruleId));
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $D: () => (/* binding */ cliOptions),
  VY: () => (/* binding */ helpFor),
  RM: () => (/* binding */ parseCommand),
  by: () => (/* binding */ useColor)
});

// UNUSED EXPORTS: HELP

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(1068);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/parse/index.ts
var parse = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/parse/node.ts
var parse_node = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/parse/source.ts
var parse_source = __webpack_require__(3226);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/inputs/config-schema.ts
/**
 * The config file's JSON Schema: the one definition both the validator (src/inputs/config.ts) and
 * the published `schema/policygate.schema.json` (`npm run docs`, for editors) are built from, so
 * the two cannot drift. It says everything a schema can: keys, severities, check names, action
 * shapes and, given the rule ids, which ids `rules:` and `ignore:` may name. It compiles under
 * ajv's strict mode with no union types (`type: [a, b]` is written as `anyOf`).
 */

const stringList = (description, item = {}, commaList) => ({
    description,
    oneOf: [
        { type: 'string', ...(commaList ? { pattern: commaList } : {}) },
        { type: 'array', items: { type: 'string', ...item } },
    ],
});
/**
 * Items that each match `item` (a regular expression's source), separated by commas or newlines
 * as the action inputs are; empty is the default.
 */
const commaList = (item) => `^[\\s,]*((${item})(\\s*[,\\n][\\s,]*(${item}))*)?[\\s,]*$`;
const ACTION = '[\\w-]+:[\\w*?]+';
/** Access Analyzer's ids are its issue codes: not a closed list, so a shape. */
const ACCESS_ANALYZER_ID = '^access-analyzer/[A-Za-z0-9_-]+$';
const bool = (description) => ({ type: 'boolean', description });
const LEVELS = [...constants/* SEVERITIES */.oC, 'never'];
const PROPERTIES = {
    'github-token': { type: 'string', description: 'Token for the GitHub API (better left to the workflow).' },
    paths: stringList('Globs of candidate files, relative to the scanned folder.'),
    exclude: stringList('Globs removed from `paths`.'),
    scan: {
        enum: ['changed', 'all'],
        description: '`changed`: only files the pull request adds or modifies; `all`: every matching file.',
    },
    config: { type: 'string', description: 'Path of this config file.' },
    'fail-on': { enum: LEVELS, description: 'Lowest severity that fails the run.' },
    'comment-on': { enum: constants/* SEVERITIES */.oC, description: 'Lowest severity that gets an inline review comment.' },
    'access-analyzer': {
        enum: ['auto', 'on', 'off'],
        description: '`auto`: run the IAM Access Analyzer checks when AWS credentials resolve; `on`: missing credentials fail the run; `off`.',
    },
    'aws-region': {
        type: 'string',
        pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
        description: 'Region for Access Analyzer calls.',
    },
    checks: stringList('Access Analyzer checks: validate, no-new-access, no-public-access, access-not-granted (comma-separated or a list).', { enum: [...constants/* CHECKS */.ui] }, commaList(constants/* CHECKS */.ui.join('|'))),
    'sensitive-actions': stringList('Actions CheckAccessNotGranted looks for (default: a built-in list).', { pattern: `^${ACTION}$` }, commaList(ACTION)),
    'allow-actions': {
        description: 'Actions `iam-unknown-action` accepts (`service:Action`), for actions newer than the bundled IAM catalogue.',
        type: 'array',
        items: { type: 'string', pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9_-]+$' },
    },
    parameters: {
        description: 'Template parameter values: a mapping, `Key=Value` lines, or the path of a parameters file.',
        oneOf: [
            { type: 'string' },
            {
                type: 'object',
                additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
            },
        ],
    },
    review: bool('Post inline pull request review comments.'),
    'check-run': bool('Create the check run.'),
    'check-name': { type: 'string', minLength: 1, description: 'Name of the check run.' },
    'summary-comment': bool('Keep one sticky summary comment on the pull request.'),
    'sarif-file': { type: 'string', description: 'Where to write SARIF (inside the repository; empty: do not).' },
    'config-from': {
        enum: ['base', 'head'],
        description: "On pull requests, read this file from the base commit (default) or from the pull request's head.",
    },
    deadline: {
        type: 'number',
        exclusiveMinimum: 0,
        description: 'Minutes after which the run stops and fails, saying what did not finish.',
    },
    rules: {
        type: 'object',
        description: "Per-rule settings: `off`, or a severity that replaces the rule's default.",
        propertyNames: { pattern: '^[a-z0-9-]+(/[A-Za-z0-9_-]+)?$' },
        additionalProperties: { enum: ['off', ...constants/* SEVERITIES */.oC] },
    },
    ignore: {
        type: 'array',
        description: 'Suppressions: a rule, optionally narrowed to a path glob and a logical id, with a reason.',
        items: {
            type: 'object',
            additionalProperties: false,
            required: ['rule'],
            properties: {
                rule: { type: 'string', description: 'A rule id, an Access Analyzer id, or `*`.' },
                path: { type: 'string', description: 'Glob of the files it applies to.' },
                resource: { type: 'string', description: 'CloudFormation logical id it applies to.' },
                reason: { type: 'string', description: 'Why: a suppression without one is itself a finding.' },
            },
        },
    },
};
/**
 * The schema for these rule ids: `rules:` keys and `ignore[].rule` must be one of them (or an
 * Access Analyzer id; `ignore` also takes `*`). Without ids, any id-shaped name passes.
 */
function configSchema(ruleIds) {
    const ids = ruleIds ? [...ruleIds].sort() : undefined;
    const ruleName = ids
        ? { anyOf: [{ enum: ids }, { pattern: ACCESS_ANALYZER_ID }] }
        : { pattern: '^[a-z0-9-]+(/[A-Za-z0-9_-]+)?$' };
    return {
        type: 'object',
        additionalProperties: false,
        properties: {
            ...PROPERTIES,
            rules: { ...PROPERTIES.rules, propertyNames: { type: 'string', ...ruleName } },
            ignore: {
                ...PROPERTIES.ignore,
                items: {
                    ...PROPERTIES.ignore.items,
                    properties: {
                        ...PROPERTIES.ignore.items.properties,
                        rule: {
                            ...PROPERTIES.ignore.items.properties.rule,
                            ...(ids ? { anyOf: [{ enum: ['*', ...ids] }, { pattern: ACCESS_ANALYZER_ID }] } : {}),
                        },
                    },
                },
            },
        },
    };
}
/** The keys a config may have, for "did you mean". */
const CONFIG_KEYS = Object.keys(PROPERTIES);
const IGNORE_KEYS = Object.keys(PROPERTIES.ignore.items.properties);
/**
 * The schema editors load: the validator's for the built-in rule ids, plus each rule under
 * `rules` (so they complete), described by its title and default severity.
 */
function publishedSchema(rules) {
    const schema = configSchema(rules.map((r) => r.id));
    const setting = PROPERTIES.rules.additionalProperties;
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://raw.githubusercontent.com/policygate/policygate/main/schema/policygate.schema.json',
        title: 'PolicyGate configuration (.github/policygate.yml)',
        description: 'Generated from src/inputs/config-schema.ts by `npm run docs`; do not edit.',
        ...schema,
        properties: {
            ...schema.properties,
            rules: {
                ...schema.properties.rules,
                properties: Object.fromEntries([...rules]
                    .sort((a, b) => a.id.localeCompare(b.id))
                    .map((r) => [r.id, { ...setting, description: `${r.title} (default: ${r.severity})` }])),
            },
        },
    };
}

// EXTERNAL MODULE: ./src/inputs/suggest.ts
var suggest = __webpack_require__(7443);
;// CONCATENATED MODULE: ./src/inputs/paths.ts
/**
 * Paths that come from the repository (the config file, and the paths it names) are untrusted:
 * after following links they must stay inside the workspace, or the run stops with exit 2 naming
 * the setting. Messages name the setting and the path, never anything read from the file.
 */



/** Whether `p` is `root` or below it (both absolute, links already resolved). */
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * `p` resolved against the workspace, with links followed; a path that does not exist yet (an
 * output file) is resolved through its nearest existing parent. Throws a UsageError naming
 * `setting` when the result is outside the workspace. Returns the absolute path.
 */
function containedPath(workspace, p, setting) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const abs = external_node_path_default().resolve(workspace, p);
    let real;
    let existing = abs;
    const rest = [];
    for (;;) {
        try {
            real = external_node_path_default().join((0,external_node_fs_.realpathSync)(existing), ...rest.reverse());
            break;
        }
        catch {
            const parent = external_node_path_default().dirname(existing);
            if (parent === existing)
                throw new errors/* UsageError */.e(`${setting}: ${p} cannot be resolved`);
            rest.push(external_node_path_default().basename(existing));
            existing = parent;
        }
    }
    if (!isInside(root, real)) {
        throw new errors/* UsageError */.e(`${setting}: ${p} is outside the workspace (after following links); it must stay inside it`);
    }
    return real;
}
/** A glob from the config must not climb out of the workspace (`..`) or start at the root. */
function containedGlob(glob, setting) {
    const g = glob.trim();
    if (external_node_path_default().isAbsolute(g) || /^[A-Za-z]:[\\/]/.test(g) || g.split(/[\\/]/).includes('..')) {
        throw new errors/* UsageError */.e(`${setting}: the glob ${g} reaches outside the workspace; globs are relative to it`);
    }
    return g;
}
/** Files named by the config are small text files (parameters); this bounds what is read. */
const MAX_CONFIG_FILE_BYTES = 1024 * 1024;
/**
 * Reads a file the repository names (`setting` says which): inside the workspace, a regular file
 * (never a FIFO or device, never /proc), at most MAX_CONFIG_FILE_BYTES.
 */
function readContainedFile(workspace, p, setting) {
    const real = containedPath(workspace, p, setting);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(real);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${setting}: ${p} cannot be read (${e.code ?? 'error'})`);
    }
    if (!st.isFile())
        throw new errors/* UsageError */.e(`${setting}: ${p} is not a regular file`);
    if (st.size > MAX_CONFIG_FILE_BYTES) {
        throw new errors/* UsageError */.e(`${setting}: ${p} is larger than ${MAX_CONFIG_FILE_BYTES / 1048576} MB`);
    }
    try {
        return (0,external_node_fs_.readFileSync)(real, 'utf8');
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${setting}: ${p} cannot be read (${e.code ?? 'error'})`);
    }
}
/** A file the user named on the command line (`--parameters`): theirs to choose, wherever it is. */
function readUserFile(cwd, p, setting) {
    const abs = external_node_path_default().resolve(cwd, p);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${setting} ${p}: cannot be read (${e.code ?? 'error'})`);
    }
    if (!st.isFile())
        throw new errors/* UsageError */.e(`${setting} ${p}: not a regular file`);
    if (st.size > MAX_CONFIG_FILE_BYTES)
        throw new errors/* UsageError */.e(`${setting} ${p}: larger than ${MAX_CONFIG_FILE_BYTES / 1048576} MB`);
    try {
        return (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${setting} ${p}: cannot be read (${e.code ?? 'error'})`);
    }
}
/** The nearest folder at or above `dir` that holds `.git` (a folder, or a worktree's file), if any. */
function repositoryRoot(dir) {
    for (let d = dir;; d = external_node_path_default().dirname(d)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, '.git')))
            return d;
        if (external_node_path_default().dirname(d) === d)
            return undefined;
    }
}
function resolveTargets(cwd, given) {
    const paths = (given.length ? given : ['.']).map((p) => {
        const abs = external_node_path_default().resolve(cwd, p);
        try {
            (0,external_node_fs_.statSync)(abs);
        }
        catch (e) {
            const code = e.code;
            throw new errors/* UsageError */.e(code === 'ENOENT' ? `${p}: no such file or folder` : `${p}: cannot be read (${code ?? 'error'})`);
        }
        return abs;
    });
    const folders = paths.map((p) => ((0,external_node_fs_.statSync)(p).isDirectory() ? p : external_node_path_default().dirname(p)));
    const holdsAll = (root) => folders.every((f) => isInside(root, f));
    const repo = repositoryRoot(folders[0]);
    if (repo && holdsAll(repo))
        return { paths, root: repo };
    if (holdsAll(external_node_path_default().resolve(cwd)))
        return { paths, root: external_node_path_default().resolve(cwd) };
    let common = folders[0];
    while (!holdsAll(common))
        common = external_node_path_default().dirname(common);
    return { paths, root: common };
}
/**
 * The config file for a scan of `folder`: `.github/policygate.yml` there, or in the nearest parent
 * up to `root` (the repository). Returns its path relative to `root`, or undefined.
 */
function findConfig(folder, root, name) {
    for (let d = folder; isInside(root, d); d = external_node_path_default().dirname(d)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, name)))
            return external_node_path_default().relative(root, external_node_path_default().join(d, name)).split((external_node_path_default()).sep).join('/');
        if (d === root || external_node_path_default().dirname(d) === d)
            break;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/config.ts
/**
 * The config file (`.github/policygate.yml`, or `--config`): every action input under its own
 * name, `rules:` overrides and `ignore:` suppressions. Validated against a JSON Schema (ajv); every
 * unknown key and bad value in the file is reported in one UsageError, a line each, naming the
 * file, the line and what was expected, with the nearest known name when one is close.
 */













// Compiled on first use, once per set of rule ids: most runs have no config file, and compiling
// costs start-up time. Strict, with no union types: the published schema compiles the same way.
const compiled = new Map();
function validator(ids) {
    const key = [...ids].sort().join(',');
    let v = compiled.get(key);
    if (!v)
        compiled.set(key, (v = new ajv.Ajv({ allErrors: true, strict: true, verbose: true }).compile(configSchema([...ids]))));
    return v;
}
const list = (v) => v === undefined
    ? undefined
    : (Array.isArray(v) ? v : String(v).split(/[\n,]/)).map((s) => String(s).trim()).filter(Boolean);
/**
 * Reads the config: `explicit` (from --config) must exist; otherwise the default file is read
 * when it exists. `knownRules` are the ids `rules:` and `ignore:` may name.
 */
function loadConfig(cwd, explicit, knownRules) {
    const rel = explicit ?? constants/* DEFAULT_CONFIG */.PV;
    const abs = external_node_path_default().resolve(cwd, rel);
    if (!explicit && !(0,external_node_fs_.existsSync)(abs))
        return undefined;
    const text = readConfigText(cwd, rel, abs);
    return parseConfig(external_node_path_default().relative(cwd, abs).split((external_node_path_default()).sep).join('/'), text, knownRules, cwd);
}
/**
 * A config file's text, from wherever it was read (the work tree, or a commit: on a pull request
 * the Action takes it from the base), validated. `file` is the repo-relative name for messages;
 * the paths it names must stay inside `cwd`, the workspace.
 */
function parseConfig(file, text, knownRules, cwd) {
    let parsed;
    try {
        parsed = (0,parse/* parseText */.r4)(file, text);
    }
    catch (e) {
        if (!(e instanceof parse/* ParseFailure */.IG))
            throw e;
        const { line, column } = new parse_source/* SourceText */.D(text).position(e.offset);
        throw new errors/* UsageError */.e(`${file}:${line}:${column}: ${e.message}`);
    }
    const { source, root } = parsed;
    if (root === undefined)
        return emptyConfig(file, source);
    const problems = [];
    const at = (node, message) => {
        const p = source.position(node?.start ?? 0);
        return new errors/* UsageError */.e(`${file}:${p.line}:${p.column}: ${message}`);
    };
    const value = (0,parse_node/* toPlain */.Ul)(root);
    const validate = validator(knownRules);
    if (!validate(value)) {
        for (const e of relevant(validate.errors))
            problems.push({ node: nodeFor(root, e), message: describe(e, knownRules) });
    }
    const v = value;
    const rules = {};
    for (const [id, setting] of Object.entries(isObject(v.rules) ? v.rules : {}))
        rules[id] = setting;
    const ignoreNode = (0,parse_node/* get */.Jt)(root, 'ignore');
    const ignore = (Array.isArray(v.ignore) ? v.ignore : []).map((e, i) => ({ ...e, node: (0,parse_node/* isSeq */.oP)(ignoreNode) ? ignoreNode.items[i] : root }));
    // Paths the config names stay inside the workspace (the config comes from the repository).
    const contained = (key, check) => {
        const raw = v[key];
        for (const [i, value] of (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).entries()) {
            try {
                check(String(value), key);
            }
            catch (e) {
                if (!(e instanceof errors/* UsageError */.e))
                    throw e;
                const node = (0,parse_node/* get */.Jt)(root, key);
                problems.push({ node: (0,parse_node/* isSeq */.oP)(node) ? node.items[i] : node, message: e.message });
            }
        }
    };
    contained('sarif-file', (p, s) => p && containedPath(cwd, p, s));
    contained('paths', (g, s) => list(g)?.forEach((x) => containedGlob(x, s)));
    contained('exclude', (g, s) => list(g)?.forEach((x) => containedGlob(x, s)));
    if (typeof v.parameters === 'string' && !PARAMETER_LINES.test(v.parameters)) {
        contained('parameters', (p, s) => containedPath(cwd, p, s));
    }
    if (problems.length) {
        // Every mistake at once, in the order they are written: one run to fix them all.
        const lines = problems
            .map((p) => ({ at: p.node?.start ?? 0, text: at(p.node, p.message).message }))
            .sort((a, b) => a.at - b.at)
            .map((p) => p.text);
        throw new errors/* UsageError */.e([...new Set(lines)].join('\n'));
    }
    const inputs = Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'rules' && k !== 'ignore' && k !== 'allow-actions'));
    return {
        file,
        source,
        paths: list(v.paths),
        exclude: list(v.exclude),
        failOn: v['fail-on'],
        accessAnalyzer: v['access-analyzer'],
        region: v['aws-region'],
        parameters: v.parameters,
        ...(v['allow-actions'] ? { allowActions: v['allow-actions'] } : {}),
        rules,
        ignore,
        inputs,
    };
}
/** `parameters:` written as `Key=Value` lines rather than the path of a file. */
const PARAMETER_LINES = /^[\w:.-]+=/m;
/**
 * The config file's text. A config inside the workspace (the usual `.github/policygate.yml`)
 * must still be inside after following links, and be a regular file: a link to /etc/shadow is
 * refused without reading it. An explicit `--config` outside the workspace is the user's own
 * choice, but must still be a regular file.
 */
function readConfigText(cwd, rel, abs) {
    const fail = (why) => new errors/* UsageError */.e(`${rel}: the config file ${why}`);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(abs);
    }
    catch (e) {
        throw fail(`cannot be read (${e.code ?? 'error'})`);
    }
    if (isInside(external_node_path_default().resolve(cwd), abs) && !isInside((0,external_node_fs_.realpathSync)(cwd), real)) {
        throw fail('is a link to a file outside the workspace; not read');
    }
    const st = (0,external_node_fs_.statSync)(real);
    if (!st.isFile())
        throw fail('is not a regular file; not read');
    if (st.size > MAX_CONFIG_FILE_BYTES)
        throw fail(`is larger than ${MAX_CONFIG_FILE_BYTES / 1048576} MB; not read`);
    try {
        return (0,external_node_fs_.readFileSync)(real, 'utf8');
    }
    catch (e) {
        throw fail(`cannot be read (${e.code ?? 'error'})`);
    }
}
function emptyConfig(file, source) {
    return { file, source, rules: {}, ignore: [], inputs: {} };
}
/** The node an ajv error points at: the offending key for unknown keys, else the value. */
function nodeFor(root, err) {
    let n = root;
    for (const seg of err.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
        if ((0,parse_node/* isSeq */.oP)(n))
            n = n.items[Number(seg)];
        else
            n = (0,parse_node/* get */.Jt)(n, seg);
    }
    if ((err.keyword === 'additionalProperties' || err.keyword === 'propertyNames') && (0,parse_node/* isMap */.jh)(n)) {
        const p = err.params;
        const key = p.additionalProperty ?? p.propertyName;
        return n.pairs.find((x) => x.key.value === key)?.key ?? n;
    }
    return n;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * One error per place: the branches of a `oneOf`/`anyOf` are summed up by its own error, and the
 * inner error of `propertyNames` by the outer one (which names the key).
 */
function relevant(errors) {
    const kept = errors.filter((e) => !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath) && e.propertyName === undefined);
    const byPlace = new Map();
    for (const e of kept) {
        const extra = e.keyword === 'additionalProperties' ? e.params.additionalProperty : '';
        const name = e.keyword === 'propertyNames' ? e.params.propertyName : '';
        const place = `${e.instancePath}\0${extra}\0${name}`;
        const first = byPlace.get(place);
        if (!first || RANK.indexOf(e.keyword) > RANK.indexOf(first.keyword))
            byPlace.set(place, e);
    }
    return [...byPlace.values()];
}
/** Which error says most, when several are at one place (least to most). */
const RANK = ['type', 'pattern', 'oneOf', 'anyOf', 'enum', 'required', 'propertyNames', 'additionalProperties'];
const show = (v) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
function describe(e, ids) {
    const path = e.instancePath.slice(1).split('/');
    const where = e.instancePath
        ? path.map((x, i) => (/^\d+$/.test(x) ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('')
        : 'the config';
    switch (e.keyword) {
        case 'additionalProperties': {
            const extra = e.params.additionalProperty;
            const known = e.instancePath === '' ? CONFIG_KEYS : IGNORE_KEYS;
            return `unknown key "${extra}"${e.instancePath ? ` in ${where}` : ''}${(0,suggest/* didYouMean */.a)(extra, known)}`;
        }
        case 'propertyNames': {
            const id = e.params.propertyName;
            return `rules: unknown rule "${id}" (\`policygate rules\` lists the ids)${(0,suggest/* didYouMean */.a)(id, ids)}`;
        }
        case 'enum': {
            const allowed = e.params.allowedValues;
            return `${where} must be one of ${allowed.join(', ')}; got ${show(e.data)}${typeof e.data === 'string' ? (0,suggest/* didYouMean */.a)(e.data, allowed.map(String)) : ''}`;
        }
        case 'required':
            return `${where} needs "${e.params.missingProperty}"`;
        case 'anyOf':
        case 'oneOf':
        case 'pattern':
            return special(path, e.data, ids) ?? `${where} is not valid: ${show(e.data)}`;
        default:
            return `${where} ${e.message ?? 'is not valid'}; got ${show(e.data)}`;
    }
}
/** What a failed `oneOf`/`anyOf`/`pattern` means for the keys that have one. */
function special(path, data, ids) {
    const [key, , sub] = path;
    if (key === 'ignore' && sub === 'rule' && typeof data === 'string')
        return `ignore: unknown rule "${data}" (\`policygate rules\` lists the ids)${(0,suggest/* didYouMean */.a)(data, ids)}`;
    const items = (d) => (Array.isArray(d) ? d : typeof d === 'string' ? d.split(/[\n,]/) : []).map((x) => String(x).trim()).filter(Boolean);
    if (key === 'checks' && (typeof data === 'string' || Array.isArray(data))) {
        const bad = items(data).filter((c) => !constants/* CHECKS */.ui.includes(c));
        if (bad.length)
            return bad
                .map((c) => `checks: unknown check "${c}" (expected ${constants/* CHECKS */.ui.join(', ')})${(0,suggest/* didYouMean */.a)(c, constants/* CHECKS */.ui)}`)
                .join('; ');
    }
    if (key === 'sensitive-actions' && (typeof data === 'string' || Array.isArray(data))) {
        const bad = items(data).filter((a) => !/^[\w-]+:[\w*?]+$/.test(a));
        if (bad.length)
            return `sensitive-actions: ${bad.map(show).join(', ')} is not an action (service:Action)`;
    }
    if (key === 'parameters' && isObject(data)) {
        const bad = Object.entries(data).filter(([, x]) => !['string', 'number', 'boolean'].includes(typeof x));
        if (bad.length)
            return `parameters: the value of ${bad.map(([k]) => k).join(', ')} must be a string, number or boolean`;
    }
    if (key === 'aws-region')
        return `aws-region must be an AWS region such as us-east-1; got ${show(data)}`;
    if (typeof data !== 'string' &&
        !Array.isArray(data) &&
        ['paths', 'exclude', 'checks', 'sensitive-actions'].includes(key))
        return `${key} must be a string or a list of strings; got ${show(data)}`;
    return undefined;
}

// EXTERNAL MODULE: ./src/parse/yaml.ts
var yaml = __webpack_require__(8852);
;// CONCATENATED MODULE: ./src/inputs/parameters.ts
/**
 * Template parameter values from `--parameters FILE` (a `{Key: Value}` mapping, CloudFormation's
 * `[{ParameterKey, ParameterValue}]` list, or `Key=Value` lines) and `--parameter KEY=VALUE`.
 */



function parseParameterPair(pair, where) {
    const i = pair.indexOf('=');
    if (i <= 0)
        throw new errors/* UsageError */.e(`${where}: expected KEY=VALUE, got "${pair}"`);
    return [pair.slice(0, i).trim(), pair.slice(i + 1)];
}
function parseParametersText(text, file) {
    const trimmed = text.trim();
    if (!trimmed)
        return {};
    if (!/^[[{]/.test(trimmed) && /^[\w:.-]+=/.test(trimmed) && !/^\s*[\w:.-]+\s*:/.test(trimmed)) {
        const out = {};
        trimmed.split(/\r?\n/).forEach((line, i) => {
            if (!line.trim() || line.trim().startsWith('#'))
                return;
            const [k, v] = parseParameterPair(line.trim(), `${file}:${i + 1}`);
            out[k] = v;
        });
        return out;
    }
    let doc;
    try {
        // Our parser, not the library's `parse`: it bounds nesting and alias expansion (a parameters
        // file can come from the repository).
        doc = (0,parse_node/* toPlain */.Ul)((0,yaml/* parseYaml */.h)(text).root);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${file}: not valid JSON or YAML (${e.message.split('\n')[0]}); expected a mapping of parameter names to values`);
    }
    const out = {};
    if (Array.isArray(doc)) {
        doc.forEach((p, i) => {
            if (!p || typeof p !== 'object' || !('ParameterKey' in p)) {
                throw new errors/* UsageError */.e(`${file}: item ${i + 1} should be {ParameterKey, ParameterValue}`);
            }
            const { ParameterKey, ParameterValue } = p;
            out[String(ParameterKey)] = Array.isArray(ParameterValue)
                ? ParameterValue.join(',')
                : String(ParameterValue ?? '');
        });
        return out;
    }
    if (doc && typeof doc === 'object') {
        // CDK/SAM style files nest the values under "Parameters".
        const map = 'Parameters' in doc && typeof doc.Parameters === 'object'
            ? doc.Parameters
            : doc;
        for (const [k, v] of Object.entries(map))
            out[k] = Array.isArray(v) ? v.join(',') : String(v);
        return out;
    }
    throw new errors/* UsageError */.e(`${file}: expected a mapping of parameter names to values`);
}

;// CONCATENATED MODULE: ./src/inputs/options.ts
/**
 * One `Options` for the CLI and the Action: what the user gave (flags, or action inputs, under the
 * action inputs' names), then the config file, then the defaults. Both surfaces resolve every shared
 * setting here, so they cannot drift (the Action once refused a parameters file the CLI read).
 */






const items = (v) => (Array.isArray(v) ? v.map(String) : String(v ?? '').split(/[\n,]/)).map((s) => s.trim()).filter(Boolean);
function oneOf(setting, value, allowed) {
    if (!allowed.includes(value)) {
        throw new errors/* UsageError */.e(`${setting} must be one of ${allowed.join(', ')}; got "${value}"${(0,suggest/* didYouMean */.a)(value, allowed)}`);
    }
    return value;
}
function accessAnalyzerChecks(v) {
    const list = items(v);
    if (!list.length)
        return new Set(constants/* CHECKS */.ui);
    for (const c of list) {
        if (!constants/* CHECKS */.ui.includes(c))
            throw new errors/* UsageError */.e(`checks: unknown check "${c}"; expected ${constants/* CHECKS */.ui.join(', ')}${(0,suggest/* didYouMean */.a)(c, constants/* CHECKS */.ui)}`);
    }
    return new Set(list);
}
function sensitiveActions(v) {
    const list = items(v);
    for (const a of list) {
        if (!/^[\w-]+:[\w*?]+$/.test(a))
            throw new errors/* UsageError */.e(`sensitive-actions: "${a}" is not an action (service:Action)`);
    }
    return list.length ? list : constants/* DEFAULT_SENSITIVE_ACTIONS */.nz;
}
/**
 * A `parameters` setting: a mapping (config file), `Key=Value` lines, an inline JSON/YAML document,
 * or the path of a file holding one of those. A file may be a `{Name: value}` mapping,
 * CloudFormation's `[{ParameterKey, ParameterValue}]` list or CodePipeline's `{"Parameters": {...}}`,
 * JSON or YAML.
 */
function resolveParameters(value, setting, file) {
    if (value === undefined || value === null || value === '')
        return {};
    if (typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
    const text = String(value);
    const inline = PARAMETER_LINES.test(text) ||
        /^\s*[[{]/.test(text) ||
        text.trim().includes('\n') ||
        /^[\w:.-]+\s*:\s/.test(text.trim());
    if (inline)
        return parseParametersText(text, setting);
    const p = text.trim();
    const read = file.trusted ? readUserFile(file.cwd, p, setting) : readContainedFile(file.workspace, p, setting);
    return parseParametersText(read, p);
}
/** The shared settings: what was given wins over the config file, which wins over the defaults. */
function resolveOptions(given, config, ctx) {
    const inputs = (config?.inputs ?? {});
    const pick = (name) => {
        const g = given[name];
        if (typeof g === 'string' && g.trim() !== '')
            return g.trim();
        const c = inputs[name];
        if (c === undefined)
            return undefined;
        return Array.isArray(c) ? c.join('\n') : typeof c === 'object' ? JSON.stringify(c) : String(c);
    };
    const fromGiven = typeof given.parameters === 'string' && given.parameters.trim() !== '';
    const parameters = {
        ...(fromGiven
            ? resolveParameters(given.parameters, ctx.surface === 'cli' ? '--parameters' : 'input parameters', {
                workspace: ctx.workspace,
                cwd: ctx.cwd,
                trusted: ctx.surface === 'cli',
            })
            : resolveParameters(config?.parameters, `${config?.file ?? 'config'}: parameters`, {
                workspace: ctx.workspace,
                cwd: ctx.cwd,
                trusted: false,
            })),
        ...given.parameterPairs,
    };
    const flag = (name) => ctx.surface === 'cli' ? `--${name === 'aws-region' ? 'region' : name}` : `input ${name}`;
    const region = pick('aws-region') || ctx.env.AWS_REGION || 'us-east-1';
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
        throw new errors/* UsageError */.e(`${flag('aws-region')} must be an AWS region such as us-east-1; got "${region}"`);
    return {
        workspace: ctx.workspace,
        include: items(pick('paths') ?? constants/* DEFAULT_INCLUDE */.Zy),
        exclude: pick('exclude') === undefined ? constants/* DEFAULT_EXCLUDE */.lx : items(pick('exclude')),
        failOn: oneOf(flag('fail-on'), pick('fail-on') ?? 'high', constants/* FAIL_ON */.d$),
        accessAnalyzer: {
            // The CLI makes no AWS call unless asked (ambient credentials on a laptop are not consent);
            // the Action runs the checks when the workflow gave it credentials.
            mode: oneOf(flag('access-analyzer'), pick('access-analyzer') ?? (ctx.surface === 'cli' ? 'off' : 'auto'), constants/* ACCESS_ANALYZER_MODES */.vh),
            region,
            checks: accessAnalyzerChecks(pick('checks')),
            sensitiveActions: sensitiveActions(pick('sensitive-actions')),
        },
        parameters,
        config,
    };
}

;// CONCATENATED MODULE: ./src/inputs/iam-data.ts
/**
 * `--iam-data bundled|FILE`: AWS's service reference JSON (the machine-readable Service
 * Authorization Reference) saved to a file, read here. A file that does not exist or cannot be
 * read is exit 2, like any path the user names; one that is not JSON falls back to the bundled
 * catalogue with a warning (the shape of its content is checked where it is packed, in src/iam/).
 */



/** Every service's document together is some tens of megabytes; past this the file is not read. */
const MAX_IAM_DATA_BYTES = 256 * 1048576;
function readIamData(cwd, given) {
    if (given === 'bundled')
        return undefined;
    const abs = external_node_path_default().resolve(cwd, given);
    const fail = (why) => new errors/* UsageError */.e(`--iam-data ${given}: ${why}`);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch (e) {
        throw fail(`cannot be read (${e.code ?? 'error'}); expected bundled or a file`);
    }
    if (!st.isFile())
        throw fail('not a regular file');
    if (st.size > MAX_IAM_DATA_BYTES)
        throw fail(`larger than ${MAX_IAM_DATA_BYTES / 1048576} MB`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        throw fail(`cannot be read (${e.code ?? 'error'})`);
    }
    // The day the file was saved: the reference has no date of its own.
    const date = st.mtime.toISOString().slice(0, 10);
    try {
        return { file: given, data: JSON.parse(text), date };
    }
    catch (e) {
        return { file: given, warning: `not JSON (${e.message})` };
    }
}

;// CONCATENATED MODULE: ./src/inputs/cli-options.ts
/**
 * CLI flags → a command, then → the one `Options` (with the config file and the defaults). Every
 * bad flag or value is a UsageError (exit 2). node:util's parseArgs reads the flags: the CLI has
 * two commands and a dozen flags, which does not pay for a parser dependency in the bundle.
 */












const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    base: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'access-analyzer': { type: 'string' },
    region: { type: 'string' },
    parameters: { type: 'string' },
    parameter: { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
    'stdin-filename': { type: 'string' },
    'iam-data': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    'skip-rule': { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    'create-baseline': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    compact: { type: 'boolean' },
    'show-suppressed': { type: 'boolean' },
};
/** Every flag as typed, for "did you mean": `--skip-rules` finds `--skip-rule`. */
const FLAG_NAMES = Object.keys(OPTIONS).map((k) => `--${k}`);
const ids = (v) => (v ?? [])
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
function parseCommand(argv, exists = external_node_fs_.existsSync) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
    }
    catch (e) {
        const what = argv[0] === 'scan' || argv[0] === 'rules' ? `policygate ${argv[0]} --help` : 'policygate --help';
        // node:util's messages run over several lines ("… is ambiguous. Did you forget …"): keep one.
        const first = e.message
            .split('\n')[0]
            .replace(/\. To specify.*$/s, '')
            .replace(/^Option '(--[\w-]+)' argument is ambiguous\.?$/, "$1 needs a value (write $1=VALUE for one that starts with '-')");
        const unknown = /^Unknown option '(--[^'=]+)'/.exec(first)?.[1];
        const hint = unknown ? (0,suggest/* didYouMean */.a)(unknown, FLAG_NAMES, (s) => s) : '';
        throw new errors/* UsageError */.e(`${first}${hint}; see ${what}`);
    }
    const { values: v, positionals, tokens } = parsed;
    if (v.version)
        return { command: 'version' };
    const [command = 'help', ...rest] = positionals;
    if (command === 'help')
        return { command: 'help', topic: rest[0] === 'scan' || rest[0] === 'rules' ? rest[0] : undefined };
    if (command !== 'scan' && command !== 'rules')
        throw new errors/* UsageError */.e(`unknown command "${command}"${(0,suggest/* didYouMean */.a)(command, ['scan', 'rules'])}; expected scan, rules or --help`);
    if (v.help)
        return { command: 'help', topic: command };
    if (command === 'rules') {
        if (rest.length > 1)
            throw new errors/* UsageError */.e(`policygate rules takes at most one rule id; got "${rest.join(' ')}"`);
        return {
            command: 'rules',
            format: oneOf('--format', v.format ?? 'stylish', ['stylish', 'json']),
            ...(rest[0] ? { id: rest[0] } : {}),
        };
    }
    // checkov's habit: `-o json` asks for a format. Writing a file named `json` and exiting 0
    // would look like a clean run.
    const o = tokens.find((t) => t.kind === 'option' && t.name === 'output' && t.rawName === '-o');
    if (o && o.kind === 'option' && o.value && constants/* FORMATS */.hR.includes(o.value) && !exists(o.value))
        throw new errors/* UsageError */.e(`-o is --output (a file); did you mean --format ${o.value}?`);
    const parameters = {};
    for (const p of v.parameter ?? []) {
        const [k, val] = parseParameterPair(p, '--parameter');
        parameters[k] = val;
    }
    if (rest.includes('-') && rest.length > 1)
        throw new errors/* UsageError */.e('PATH - (standard input) must be the only PATH');
    if (rest.includes('-') && !v['stdin-filename'])
        throw new errors/* UsageError */.e('PATH - reads standard input: give --stdin-filename NAME (e.g. template.yaml)');
    if (v['stdin-filename'] !== undefined && !rest.includes('-'))
        throw new errors/* UsageError */.e('--stdin-filename goes with PATH - (read the file from standard input)');
    if (v.color && v['no-color'])
        throw new errors/* UsageError */.e('--color and --no-color contradict each other; give one');
    if (v.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(v.jobs)) {
        throw new errors/* UsageError */.e(`--jobs must be a whole number from 1 to 999; got "${v.jobs}"`);
    }
    if (v.baseline !== undefined && v['create-baseline'] !== undefined)
        throw new errors/* UsageError */.e('--baseline and --create-baseline: give one (--create-baseline writes a new baseline)');
    const format = oneOf('--format', v.format ?? 'stylish', constants/* FORMATS */.hR);
    if (v.compact && format !== 'stylish')
        throw new errors/* UsageError */.e(`--compact shapes the stylish report; --format is ${format}`);
    // json always lists suppressed findings; sarif and github leave them out unless asked.
    if (v['show-suppressed'] && format !== 'stylish' && format !== 'sarif')
        throw new errors/* UsageError */.e(`--show-suppressed goes with --format stylish or sarif; --format is ${format}`);
    return {
        command: 'scan',
        paths: rest,
        base: v.base,
        format,
        output: v.output,
        failOn: v['fail-on'] === undefined ? undefined : oneOf('--fail-on', v['fail-on'], constants/* FAIL_ON */.d$),
        config: v.config,
        accessAnalyzer: v['access-analyzer'],
        region: v.region,
        parametersFile: v.parameters,
        parameters,
        stdinFilename: v['stdin-filename'],
        color: v.color ? true : v['no-color'] ? false : undefined,
        ...(v.jobs !== undefined ? { jobs: Number(v.jobs) } : {}),
        rules: ids(v.rule),
        skipRules: ids(v['skip-rule']),
        exclude: (v.exclude ?? []).map((g) => g.trim()).filter(Boolean),
        baseline: v.baseline,
        createBaseline: v['create-baseline'],
        quiet: v.quiet,
        compact: v.compact,
        showSuppressed: v['show-suppressed'],
        ...(v['iam-data'] !== undefined ? { iamData: v['iam-data'] } : {}),
    };
}
/**
 * Colour: the flag, then NO_COLOR (any non-empty value, no-color.org), then FORCE_COLOR (non-zero),
 * then whether the report goes to a terminal. A report written with --output is never coloured.
 */
function useColor(flag, env, isTTY) {
    if (flag !== undefined)
        return flag;
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    return isTTY;
}
/** The CLI's options: flags, then the config file found for the scanned folder, then the defaults. */
function cliOptions(flags, ctx, ids) {
    const stdin = flags.paths[0] === '-' ? { name: flags.stdinFilename } : undefined;
    const targets = resolveTargets(ctx.cwd, stdin ? [] : flags.paths);
    const first = targets.paths[0];
    const folder = stdin || !first ? ctx.cwd : first;
    const configRel = flags.config
        ? fromRoot(targets.root, external_node_path_default().resolve(ctx.cwd, flags.config))
        : findConfig(isFolder(folder) ? folder : external_node_path_default().dirname(folder), targets.root, constants/* DEFAULT_CONFIG */.PV);
    const config = withRuleFlags(configRel ? loadConfig(targets.root, configRel, ids) : undefined, flags, ids);
    const options = resolveOptions({
        'fail-on': flags.failOn,
        'access-analyzer': flags.accessAnalyzer,
        'aws-region': flags.region,
        parameters: flags.parametersFile,
        parameterPairs: flags.parameters,
    }, config, { surface: 'cli', workspace: targets.root, cwd: ctx.cwd, env: ctx.env });
    for (const g of flags.exclude)
        containedGlob(g, '--exclude');
    return {
        ...options,
        exclude: [...options.exclude, ...flags.exclude],
        paths: stdin ? [] : targets.paths,
        stdin,
        base: flags.base,
        format: flags.format,
        output: flags.output === undefined ? undefined : external_node_path_default().resolve(ctx.cwd, flags.output),
        jobs: flags.jobs,
        iamData: flags.iamData === undefined ? undefined : readIamData(ctx.cwd, flags.iamData),
    };
}
/**
 * `--rule` and `--skip-rule` as the config's `rules:` would say them (`off`), over the config's
 * own settings: one place turns rules off, so a suppression of a rule turned off is not reported
 * as unused either way. `--rule` keeps `parse-error` (a file that does not parse was not checked).
 */
function withRuleFlags(config, flags, ids) {
    if (!flags.rules.length && !flags.skipRules.length)
        return config;
    for (const [flag, list] of [
        ['--rule', flags.rules],
        ['--skip-rule', flags.skipRules],
    ]) {
        for (const id of list) {
            if (!ids.has(id) && !id.startsWith('access-analyzer/'))
                throw new errors/* UsageError */.e(`${flag}: unknown rule "${id}"${(0,suggest/* didYouMean */.a)(id, ids)} (\`policygate rules\` lists them)`);
        }
    }
    const rules = { ...config?.rules };
    if (flags.rules.length) {
        const only = new Set([...flags.rules, 'parse-error']);
        for (const id of ids)
            if (!only.has(id))
                rules[id] = 'off';
    }
    for (const id of flags.skipRules)
        rules[id] = 'off';
    return { ...(config ?? { file: '(command line)', source: new parse_source/* SourceText */.D(''), ignore: [], inputs: {} }), rules };
}
/** Relative to the root when inside it (messages name it as the repository does), else absolute. */
function fromRoot(root, abs) {
    const rel = external_node_path_default().relative(root, abs);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs : rel.split((external_node_path_default()).sep).join('/');
}
function isFolder(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
const SCAN_HELP = `Usage: policygate scan [PATH...] [options]

Scan files and folders (default: the current folder). A PATH may be absolute or relative, inside
or outside the current folder, a folder or a single file; - reads one file from standard input.

Options:
  --base REF                   only files changed since the merge base with REF (git)
  -f, --format stylish|json|sarif|github
                               report format (default: stylish; plain text when not on a terminal)
  -o, --output FILE            write the report to FILE instead of standard output
  --fail-on critical|high|medium|low|info|never
                               lowest severity that fails the run (default: high)
  --config FILE                config file (default: .github/policygate.yml in the scanned folder
                               or the nearest parent up to the repository root)
  --rule ID[,ID]               run only these rules (repeatable)
  --skip-rule ID[,ID]          turn these rules off (repeatable; as rules: {ID: off} in the config)
  --exclude GLOB               leave matching paths out (repeatable; added to the config's exclude)
  --baseline FILE              report and gate only findings whose fingerprint is not in FILE
                               (written by --create-baseline, or a --format json report)
  --create-baseline FILE       write every open finding's fingerprint to FILE and exit 0
  -q, --quiet                  print nothing when nothing is at or above --fail-on; otherwise
                               only the findings that are
  --compact                    stylish: one line a finding, no fix text
  --show-suppressed            stylish and sarif: list suppressed findings too (sarif: with
                               \`suppressions\`, which GitHub code scanning shows as open alerts)
  --access-analyzer auto|on|off
                               IAM Access Analyzer checks (default: off; the config file may set it)
  --region REGION              region for Access Analyzer (default: $AWS_REGION or us-east-1)
  --parameters FILE            template parameter values: a {Name: value} mapping, CloudFormation's
                               [{ParameterKey, ParameterValue}] list or {"Parameters": {...}}, JSON or
                               YAML, or Key=Value lines
  --parameter KEY=VALUE        one parameter value (repeatable)
  --stdin-filename NAME        with PATH -: the name the file from standard input is reported as
  --color, --no-color          colour (default: on a terminal; NO_COLOR and FORCE_COLOR honoured)
  -j, --jobs N                 threads that read and check the files (default: one per core when
                               there are at least 2,000 files; 1: this thread only)
  --iam-data bundled|FILE      the IAM action catalogue: the bundled one (default; its date is in
                               --version and every report) or AWS's service reference JSON saved to
                               FILE (its services replace the bundled ones)
  -h, --help                   this help

Stylish output names files from the current folder; json, sarif and github name them from the
root of the repository holding them.

Examples:
  policygate scan infra/ --base origin/main --format sarif --output policygate.sarif
  policygate scan --create-baseline .policygate-baseline.json   # adopt: record what exists
  policygate scan --baseline .policygate-baseline.json          # then gate only new findings

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a missing path, an unknown --base ref,
an output that cannot be written, a required check that could not run).
`;
const RULES_HELP = `Usage: policygate rules [ID] [-f, --format stylish|json]

Without ID: the built-in rules (id, severity, title; json: with why, fix, the help page and the
peers' ids). With ID: that rule's page: what it flags, why, the fix and the peers' ids.

Examples:
  policygate rules --format json
  policygate rules sg-open-admin-port
`;
const HELP = `policygate: reviews AWS IAM policies and CloudFormation templates

Usage:
  policygate scan [PATH...] [options]   scan files and folders (default: .)
  policygate rules [ID] [--format json] the built-in rule catalogue, or one rule's page
  policygate <command> --help           the options of a command, with an example
  policygate -v, --version | -h, --help

Example:
  policygate scan .

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a missing path, a required check could not run).
`;
const helpFor = (topic) => topic === 'scan' ? SCAN_HELP : topic === 'rules' ? RULES_HELP : HELP;


/***/ }),

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ policyKey)
/* harmony export */ });
/** A policy's identity across two versions of a file: where it sits, not what it says. */
const policyKey = (p) => `${p.file}#${p.resource?.id ?? ''}#${p.path ?? ''}`;


/***/ }),

/***/ 9681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulePage: () => (/* binding */ rulePage),
/* harmony export */   rulesReport: () => (/* binding */ rulesReport)
/* harmony export */ });
/* harmony import */ var wrap_ansi__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1589);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1318);
/* harmony import */ var _inputs_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7443);
/** `policygate rules`: the catalogue as a table or JSON. */



function rulesReport(rules, meta, format) {
    const akaOf = new Map(meta.map((m) => [m.id, m.aka ?? {}]));
    if (format === 'json') {
        return `${JSON.stringify(rules.map((r) => ({
            id: r.id,
            severity: r.severity,
            title: r.title,
            why: r.why,
            fix: r.fix,
            helpUri: r.helpUri,
            alsoKnownAs: akaOf.get(r.id) ?? {},
        })), null, 2)}\n`;
    }
    const w = rules.reduce((m, r) => Math.max(m, r.id.length), 0);
    return `${rules.map((r) => `${r.id.padEnd(w)}  ${r.severity.padEnd(8)}  ${r.title}`).join('\n')}\n`;
}
/**
 * `policygate rules ID`: one rule's page in the terminal: what it flags, why, the fix, the peers'
 * ids and where the full page (with examples) is. An unknown id is a usage error with the
 * nearest known one.
 */
function rulePage(rules, meta, id, format) {
    const r = rules.find((x) => x.id === id);
    if (!r)
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`unknown rule "${id}"${(0,_inputs_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(id, rules.map((x) => x.id))}; \`policygate rules\` lists them`);
    const aka = meta.find((m) => m.id === id)?.aka ?? {};
    if (format === 'json')
        return `${JSON.stringify({ ...r, alsoKnownAs: aka }, null, 2)}\n`;
    const peers = [
        aka.checkov?.length ? `checkov ${aka.checkov.join(', ')}` : '',
        aka.cfnNag?.length ? `cfn_nag ${aka.cfnNag.join(', ')}` : '',
        aka.cdkNag?.length ? `cdk-nag ${aka.cdkNag.join(', ')}` : '',
    ].filter(Boolean);
    const para = (title, text) => [
        title,
        ...(0,wrap_ansi__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(text, 78, { hard: true })
            .split('\n')
            .map((l) => `  ${l}`),
        '',
    ];
    return `${[
        `${r.id} · ${r.severity}`,
        r.title,
        '',
        ...para('Why it matters', r.why),
        ...para('How to fix it', r.fix),
        ...(peers.length ? ['Also known as', `  ${peers.join('; ')}`, ''] : []),
        `Examples and details: ${r.helpUri}`,
    ].join('\n')}\n`;
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fromCwd: () => (/* binding */ fromCwd),
  stylishReport: () => (/* binding */ stylishReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/wrap-ansi/index.js + 8 modules
var wrap_ansi = __webpack_require__(1589);
// EXTERNAL MODULE: ./src/findings/types.ts
var types = __webpack_require__(5315);
;// CONCATENATED MODULE: ./src/report/catalogue.ts
function catalogueLine(c) {
    const age = c.ageDays === 0 ? 'today' : `${c.ageDays} day${c.ageDays === 1 ? '' : 's'} old`;
    // Past 30 days the catalogue misses real new actions often: the rule says so by its severity.
    const stale = c.ageDays > 30 ? '; an action it does not know is reported as low' : '';
    const allowed = c.allowed ? `, plus ${c.allowed} action${c.allowed === 1 ? '' : 's'} from allow-actions` : '';
    return `IAM catalogue: ${c.version} of ${c.date} (${age}${stale})${allowed}`;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts
/**
 * `--format stylish`: findings grouped by file, coloured on a terminal, counts at the end. Paths
 * are shown from where the user stands (a terminal makes `path:line:col` clickable); messages wrap
 * at word boundaries under their own column. `--compact` is one grep-able line a finding.
 */




const COLOR = { critical: '35;1', high: '31', medium: '33', low: '36', info: '2' };
/** Partly analysed resources listed before "… and N more" (the JSON report has them all). */
const PARTIAL_SHOWN = 20;
/** A repository-relative file as seen from `cwd` (unchanged without both). */
function fromCwd(file, opts) {
    if (!opts.cwd || !opts.workspace || file === '.' || file === '')
        return file;
    const rel = external_node_path_default().relative(opts.cwd, external_node_path_default().join(opts.workspace, file));
    return rel === '' ? '.' : rel;
}
/** The fix's first sentence: the rule's page (`policygate rules ID`) has the rest. */
const firstSentence = (s) => /^.*?[.!?](?=\s|$)/s.exec(s.trim())?.[0] ?? s.trim();
const stylishReport = ({ result, failOn, rules, baselined }, opts = {}) => {
    const c = (code, s) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const width = Math.max(60, Math.min(opts.width ?? 100, 160));
    const shown = (f) => (f.suppressed ? Boolean(opts.showSuppressed) : !opts.quiet || (0,types/* fails */.c6)(f, failOn));
    const fixOf = new Map(rules.map((r) => [r.id, r.fix]));
    const out = [];
    const byFile = new Map();
    for (const f of result.findings) {
        if (!shown(f))
            continue;
        const list = byFile.get(f.file) ?? [];
        list.push(f);
        byFile.set(f.file, list);
    }
    const label = (f) => (f.suppressed ? c('2', 'suppressed') : c(COLOR[f.severity], f.severity));
    const tail = (f) => `${f.resource ? ` [${f.resource}]` : ''}  ${f.ruleId}${f.suppressed && f.suppression ? ` (suppressed: ${f.suppression.reason || 'no reason'})` : ''}`;
    if (opts.compact) {
        for (const [file, list] of byFile) {
            const shownFile = fromCwd(file, opts);
            for (const f of list)
                out.push(`${shownFile}:${f.line}:${f.column}: ${label(f)} ${f.message}${c('2', tail(f))}`);
        }
        if (byFile.size)
            out.push('');
    }
    else {
        for (const [file, list] of byFile) {
            out.push(c('4', fromCwd(file, opts)));
            const pos = list.map((f) => `${f.line}:${f.column}`);
            const posWidth = pos.reduce((w, p) => Math.max(w, p.length), 0);
            const indent = ' '.repeat(2 + posWidth + 2 + 10 + 2);
            const textWidth = Math.max(40, width - indent.length);
            list.forEach((f, i) => {
                // Wrapped before colouring, so the dim tail's codes never split a line.
                const lines = (0,wrap_ansi/* default */.A)(`${f.message}${tail(f)}`, textWidth, { hard: true, trim: true }).split('\n');
                const plain = f.suppressed ? 'suppressed' : f.severity;
                out.push(`  ${c('2', pos[i].padEnd(posWidth))}  ${label(f)}${' '.repeat(10 - plain.length)}  ${lines[0]}`);
                for (const l of lines.slice(1))
                    out.push(`${indent}${l}`);
                const fix = !f.suppressed && fixOf.get(f.ruleId);
                if (fix) {
                    for (const l of (0,wrap_ansi/* default */.A)(`Fix: ${firstSentence(fix)}`, textWidth, { hard: true, trim: true }).split('\n'))
                        out.push(`${indent}${c('2', l)}`);
                }
            });
            out.push('');
        }
    }
    if (result.changes?.length) {
        out.push(c('1', 'Permission changes against the base:'));
        for (const ch of result.changes) {
            out.push(`  ${[fromCwd(ch.file, opts), ch.resource, ch.policy].filter(Boolean).join(' · ')}`);
            for (const l of ch.added)
                out.push(`    ${c('32', `+ ${l}`)}`);
            for (const l of ch.removed)
                out.push(`    ${c('31', `- ${l}`)}`);
        }
        out.push('');
    }
    if (result.warnings.length) {
        out.push(c('33', 'Not analysed:'));
        for (const w of result.warnings) {
            const where = `  ${fromCwd(w.file, opts)}${w.line ? `:${w.line}` : ''}  `;
            const lines = (0,wrap_ansi/* default */.A)(w.message, Math.max(40, width - 4), { hard: true, trim: true }).split('\n');
            out.push(`${where}${lines[0]}`, ...lines.slice(1).map((l) => `    ${l}`));
        }
        out.push('');
    }
    const partial = result.partial.filter((p) => p.resource);
    if (partial.length && !opts.quiet) {
        out.push(c('2', 'Partly analysed (values not known offline; the rules that need them stayed quiet):'));
        for (const p of partial.slice(0, PARTIAL_SHOWN)) {
            const line = `${fromCwd(p.file, opts)}  ${p.resource}${p.reasons.length ? `: ${p.reasons.join('; ')}` : ''}`;
            const lines = (0,wrap_ansi/* default */.A)(line, Math.max(40, width - 4), { hard: true, trim: true }).split('\n');
            out.push(...lines.map((l, i) => c('2', `${i ? '    ' : '  '}${l}`)));
        }
        if (partial.length > PARTIAL_SHOWN)
            out.push(c('2', `  … and ${partial.length - PARTIAL_SHOWN} more (--format json lists them all)`));
        out.push('');
    }
    const counts = (0,types/* countBySeverity */.Ot)(result.findings);
    const total = types/* SEVERITIES */.oC.reduce((n, s) => n + counts[s], 0);
    const suppressed = result.findings.length - total;
    const parts = types/* SEVERITIES */.oC.filter((s) => counts[s]).map((s) => c(COLOR[s], `${counts[s]} ${s}`));
    const warned = result.warnings.length;
    const verdict = (0,types/* conclusion */.q$)(result.findings, failOn) === 'failure' ? c('31;1', '✖') : c('32;1', '✔');
    out.push(`${verdict} ${total} finding${total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''} in ${result.files} file${result.files === 1 ? '' : 's'} (${result.templates} template${result.templates === 1 ? '' : 's'}, ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'})${suppressed ? `, ${suppressed} suppressed` : ''}${baselined ? `, ${baselined} in the baseline` : ''}; fail-on: ${failOn}${warned ? c('33', `; ${warned} warning${warned === 1 ? '' : 's'} (Not analysed, above)`) : ''}`);
    if (result.catalogue)
        out.push(c('2', catalogueLine(result.catalogue)));
    const aa = result.accessAnalyzer;
    if (aa.ran)
        out.push(c('2', `Access Analyzer: ${aa.calls} calls (${aa.billedCalls ?? 0} billed custom-check calls)`));
    if (aa.error)
        out.push(c('31', `Access Analyzer could not run: ${aa.error}`));
    for (const n of aa.notes ?? [])
        out.push(c('2', n));
    if (!result.accessAnalyzer.ran && result.accessAnalyzer.skipped)
        out.push(c('2', `Access Analyzer: not run (${result.accessAnalyzer.skipped})`));
    return `${out.join('\n')}\n`;
};


/***/ }),

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs/cli-options.ts + 6 modules
var cli_options = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/inputs/baseline.ts
/**
 * Baselines: a team adopting PolicyGate on a repository with existing findings records their
 * fingerprints once (`--create-baseline FILE`) and from then on gates only new ones
 * (`--baseline FILE`). Fingerprints hold no line numbers, so a finding stays known when lines
 * around it move. A JSON report (`--format json`) is a baseline too: only `findings[].fingerprint`
 * is read.
 */



/** The fingerprints in FILE (a baseline or a JSON report). */
function readBaseline(cwd, file) {
    const fail = (why) => new errors/* UsageError */.e(`--baseline ${file}: ${why}`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw fail(`cannot be read (${e.code ?? 'error'})`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw fail('is not JSON; expected a file written by --create-baseline or a --format json report');
    }
    const findings = data?.findings;
    if (!Array.isArray(findings) ||
        findings.some((f) => typeof f?.fingerprint !== 'string'))
        throw fail('has no "findings" list of objects with a "fingerprint"; expected a file written by --create-baseline');
    // A JSON report carries folded findings inside the one that folded them: they count too.
    return new Set(findings.flatMap((f) => [
        f.fingerprint,
        ...(Array.isArray(f.folded) ? f.folded : [])
            .map((x) => x?.fingerprint)
            .filter((x) => typeof x === 'string'),
    ]));
}
/** The baseline of these findings: every open one (suppressed findings gate nothing already). */
function baselineText(findings, toolVersion) {
    const out = {
        version: 1,
        tool: { name: 'policygate', version: toolVersion },
        findings: findings
            .filter((f) => !f.suppressed)
            .flatMap((f) => [
            { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, resource: f.resource },
            ...(f.folded ?? []).map((x) => ({
                fingerprint: x.fingerprint,
                ruleId: x.ruleId,
                file: f.file,
                resource: f.resource,
            })),
        ]),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/files/discover.ts
var discover = __webpack_require__(2520);
// EXTERNAL MODULE: ./src/files/git.ts
var git = __webpack_require__(5071);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/scan/file.ts
var file = __webpack_require__(6327);
// EXTERNAL MODULE: ./src/scan/workers.ts + 1 modules
var scan_workers = __webpack_require__(989);
;// CONCATENATED MODULE: ./src/engines/access-analyzer/credentials.ts
/**
 * Whether the AWS SDK's default credential chain could find anything, decided from the same
 * places it looks (environment, shared files, container and instance metadata) without loading
 * the SDK. When nothing is there, `access-analyzer: auto` is skipped up front: the SDK (most of
 * the start-up time) is not loaded, and the parsed files are not kept for a stage that will not run.
 */



function credentialsMayResolve(env = process.env) {
    // The instance metadata service is asked unless it is turned off.
    return credentialsConfigured(env) || (env.AWS_EC2_METADATA_DISABLED ?? '').toLowerCase() !== 'true';
}
/**
 * Credentials are configured on this machine (environment, shared files, container): they are
 * likely to resolve. The instance metadata service alone is not counted: on most machines it is
 * not there, and asking it is what the Access Analyzer stage does anyway.
 */
function credentialsConfigured(env = process.env) {
    if (env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE)
        return true;
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return true;
    const home = env.HOME || (0,external_node_os_.homedir)();
    const files = [
        env.AWS_SHARED_CREDENTIALS_FILE ?? external_node_path_default().join(home, '.aws', 'credentials'),
        env.AWS_CONFIG_FILE ?? external_node_path_default().join(home, '.aws', 'config'),
    ];
    return files.some((f) => (0,external_node_fs_.existsSync)(f));
}

// EXTERNAL MODULE: ./src/engines/analyse.ts + 7 modules
var analyse = __webpack_require__(3579);
// EXTERNAL MODULE: ./src/findings/types.ts
var types = __webpack_require__(5315);
// EXTERNAL MODULE: ./src/iam/catalogue.ts + 1 modules
var iam_catalogue = __webpack_require__(2529);
// EXTERNAL MODULE: ./src/iam/semantics.ts
var semantics = __webpack_require__(1956);
;// CONCATENATED MODULE: ./src/iam/permission-diff.ts


function grants(policy) {
    const out = new Map();
    const denied = new Set();
    for (const st of policy.statements) {
        if (st.effect === 'Deny' && !st.conditions && !st.notResource && (0,semantics/* onAllResources */.Gs)(st))
            for (const a of (0,semantics/* statementGroup */.FQ)(st).list)
                denied.add(a);
    }
    for (const st of policy.statements) {
        if (st.effect !== 'Allow')
            continue;
        const principals = (st.principal?.items ?? [])
            .filter(semantics/* known */.eO)
            .map((p) => (p.type === '*' ? '*' : `${p.type}:${p.value}`));
        const resources = st.notResource
            ? [
                `everything but ${st.notResource.items
                    .filter(semantics/* known */.eO)
                    .map((i) => i.value)
                    .join(', ')}`,
            ]
            : (st.resource?.items ?? []).filter(semantics/* known */.eO).map((i) => i.value);
        const where = (r) => `${r}${principals.length ? ` for ${principals.join(', ')}` : ''}${st.conditions ? ' (with conditions)' : ''}`;
        for (const r of resources.length ? resources : ['(no resource)']) {
            const set = out.get(where(r)) ?? new Set();
            for (const a of (0,semantics/* statementGroup */.FQ)(st).list)
                if (!denied.has(a))
                    set.add(a);
            out.set(where(r), set);
        }
    }
    return out;
}
let serviceSizes;
function sizeOf(service) {
    if (!serviceSizes) {
        serviceSizes = new Map();
        for (const a of (0,iam_catalogue/* allActions */.XA)()) {
            const s = a.name.split(':')[0];
            serviceSizes.set(s, (serviceSizes.get(s) ?? 0) + 1);
        }
    }
    return serviceSizes.get(service) ?? 0;
}
/** Actions as few readable items: `*`, `service:*` (N actions), or names. */
function collapse(actions) {
    if (actions.length === (0,iam_catalogue/* allActions */.XA)().length)
        return [`* (${actions.length} actions)`];
    const byService = new Map();
    for (const a of actions) {
        const s = a.name.split(':')[0];
        byService.set(s, [...(byService.get(s) ?? []), a]);
    }
    const out = [];
    for (const [service, list] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
        if (list.length === sizeOf(service) && list.length > 1)
            out.push(`${service}:* (${list.length} actions)`);
        else if (list.length > 6)
            out.push(`${list.length} ${service} actions (${list
                .slice(0, 3)
                .map((a) => a.name)
                .join(', ')}, …)`);
        else
            for (const name of list.map((a) => a.name).sort())
                out.push(name);
    }
    return out;
}
function lines(from, minus) {
    const out = [];
    for (const [where, set] of from) {
        const other = minus.get(where);
        const diff = [...set].filter((a) => !other?.has(a));
        if (diff.length)
            for (const item of collapse(diff))
                out.push(`${item} on ${where}`);
    }
    return out;
}
function permissionChange(before, after) {
    const p = (after ?? before);
    const b = before ? grants(before) : new Map();
    const a = after ? grants(after) : new Map();
    const added = lines(a, b);
    const removed = lines(b, a);
    if (!added.length && !removed.length)
        return undefined;
    return { file: p.file, resource: p.resource?.id ?? null, policy: p.path, added, removed };
}
/** Managed policies attached to or detached from one resource, expanded where fetched. */
function attachmentChange(file, resource, added, removed, documents) {
    const expand = (arn, verb) => {
        const doc = documents.get(arn);
        if (doc && 'policy' in doc)
            return lines(grants(doc.policy), new Map()).map((l) => `${l} (via ${arn})`);
        return [`managed policy ${arn} ${verb} (${doc && 'reason' in doc ? doc.reason : 'not expanded'})`];
    };
    const a = added.flatMap((arn) => expand(arn, 'attached'));
    const r = removed.flatMap((arn) => expand(arn, 'detached'));
    if (!a.length && !r.length)
        return undefined;
    return { file, resource, policy: 'managed policies', added: a, removed: r };
}

// EXTERNAL MODULE: ./src/rules/index.ts + 107 modules
var src_rules = __webpack_require__(866);
// EXTERNAL MODULE: ./src/policies/key.ts
var key = __webpack_require__(8757);
// EXTERNAL MODULE: ./src/findings/suppressions.ts + 1 modules
var suppressions = __webpack_require__(2182);
// EXTERNAL MODULE: ./src/engines/suppression-stage.ts
var suppression_stage = __webpack_require__(9679);
// EXTERNAL MODULE: ./src/scan/nested.ts + 1 modules
var nested = __webpack_require__(3158);
// EXTERNAL MODULE: ./src/engines/construct-paths.ts + 1 modules
var construct_paths = __webpack_require__(5513);
// EXTERNAL MODULE: ./src/findings/secrets.ts
var findings_secrets = __webpack_require__(9967);
;// CONCATENATED MODULE: ./src/findings/fold.ts
/**
 * One problem, one finding: a finding that a more severe one on the same element implies is
 * folded into it. `Action: "*"` on `Resource: "*"` is administrator access; that it also grants
 * PassRole on every role, privilege escalation, credential and data access is what
 * administrator access means, so those are named on the one finding ("Also: …") instead of
 * standing as seven more. The folded findings' ids and fingerprints stay on the finding
 * (`folded`), for suppressions written for them and for baselines.
 *
 * A stage after suppressions: a suppressed finding is kept as it is and folds nothing, so a
 * suppression written for an implied rule still matches (and is not called unused).
 */

/** Rule → the rules it implies, and on what they must share. */
const IMPLIES = {
    'iam-admin-access': {
        scope: 'policy',
        rules: [
            'iam-wildcard-action',
            'iam-wildcard-resource',
            'iam-passrole-wildcard',
            'iam-privilege-escalation',
            'iam-permissions-management',
            'iam-credentials-exposure',
            'iam-data-exfiltration',
        ],
    },
    'resource-policy-public': { scope: 'policy', rules: ['resource-policy-wildcard-action'] },
    'trust-any-principal': { scope: 'policy', rules: ['trust-wildcard-action'] },
    'lambda-permission-public': { scope: 'resource', rules: ['lambda-permission-broad-action'] },
    'sg-open-all-ports': { scope: 'element', rules: ['sg-open-admin-port', 'sg-open-database-port', 'sg-open-ingress'] },
};
/** Implied rule → the rules that imply it, in IMPLIES's order (looked up once per finding). */
const IMPLIED_BY = new Map();
for (const [ruleId, { scope, rules }] of Object.entries(IMPLIES)) {
    for (const implied of rules)
        IMPLIED_BY.set(implied, [...(IMPLIED_BY.get(implied) ?? []), { ruleId, scope }]);
}
const scopeKey = (f, scope) => {
    switch (scope) {
        case 'policy':
            return f.policy === null ? undefined : `${f.file}\0${f.resource}\0${f.policy}`;
        case 'resource':
            return f.resource === null ? undefined : `${f.file}\0${f.resource}`;
        case 'element':
            return `${f.file}\0${f.resource}\0${f.line}:${f.column}`;
    }
};
/**
 * The findings with every implied one folded into the finding that implies it (in place: that
 * finding's message gains "Also: …" and its `folded` the folded ids). Order is kept.
 */
function foldImplied(findings) {
    const impliers = new Map();
    for (const f of findings) {
        const rule = IMPLIES[f.ruleId];
        if (!rule || f.suppressed || f.internal)
            continue;
        const key = scopeKey(f, rule.scope);
        if (key !== undefined && !impliers.has(`${f.ruleId}\0${key}`))
            impliers.set(`${f.ruleId}\0${key}`, f);
    }
    if (!impliers.size)
        return findings;
    const into = new Map();
    const gone = new Set();
    for (const f of findings) {
        if (f.suppressed || f.internal)
            continue;
        for (const { ruleId, scope } of IMPLIED_BY.get(f.ruleId) ?? []) {
            const key = scopeKey(f, scope);
            const by = key === undefined ? undefined : impliers.get(`${ruleId}\0${key}`);
            // Folded only into a finding at least as severe (after the config's overrides).
            if (!by || by === f || (0,types/* severityRank */.qs)(by.severity) > (0,types/* severityRank */.qs)(f.severity))
                continue;
            const list = into.get(by);
            if (list)
                list.push(f);
            else
                into.set(by, [f]);
            gone.add(f);
            break;
        }
    }
    for (const [by, list] of into) {
        // The most severe first, as the report orders findings.
        const folded = [...list].sort((a, b) => (0,types/* severityRank */.qs)(a.severity) - (0,types/* severityRank */.qs)(b.severity));
        // "Unconstrained …" reads as "unconstrained …" mid-sentence; "SSH or RDP …" stays as it is.
        const lower = (t) => (/^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
        const titles = [...new Set(folded.map((f) => lower(f.title)))];
        by.message = `${by.message} Also: ${titles.join('; ')}.`;
        by.folded = folded.map((f) => ({
            ruleId: f.ruleId,
            fingerprint: f.fingerprint,
            message: f.message,
            severity: f.severity,
            title: f.title,
            helpUri: f.helpUri,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
        }));
    }
    return findings.filter((f) => !gone.has(f));
}

;// CONCATENATED MODULE: ./src/findings/intern.ts
const one = (pool, s) => {
    const had = pool.get(s);
    if (had !== undefined)
        return had;
    pool.set(s, s);
    return s;
};
/**
 * The pooled copy of `s`; `prev` is the same field's pooled value on the finding before, which
 * most often it equals (a file's findings come rule by rule): one comparison instead of a lookup.
 */
const pooled = (pool, s, prev) => s === prev ? prev : one(pool, s);
function internFindings(findings, pool) {
    let p;
    for (const f of findings) {
        f.ruleId = pooled(pool, f.ruleId, p?.ruleId);
        f.severity = pooled(pool, f.severity, p?.severity);
        f.title = pooled(pool, f.title, p?.title);
        f.message = pooled(pool, f.message, p?.message);
        f.file = pooled(pool, f.file, p?.file);
        f.source = pooled(pool, f.source, p?.source);
        f.helpUri = pooled(pool, f.helpUri, p?.helpUri);
        if (f.resource !== null)
            f.resource = pooled(pool, f.resource, p?.resource);
        if (f.policy !== null)
            f.policy = pooled(pool, f.policy, p?.policy);
        p = f;
    }
}

// EXTERNAL MODULE: ./src/files/read.ts
var read = __webpack_require__(9823);
;// CONCATENATED MODULE: ./src/scan/scan.ts
/**
 * The offline scan: discover the files, read each once, analyse it, gather the results. What
 * could not be looked at is a warning, never silently dropped.
 */




















/** Only what analysing a file reads from the options: it is copied to every worker. */
const fileOptions = (opts) => ({ parameters: opts.parameters, region: opts.region });
/**
 * The files' scans from worker threads, or undefined to scan them in this thread: one job, too
 * few files to repay starting workers, or a worker that failed (the scan is then done again here,
 * so a thread problem never changes the report).
 */
async function inWorkers(files, ctx, rules, jobs, warnings, pool) {
    if (!(0,scan_workers/* scanWorkersEnabled */.UT)())
        return undefined;
    const n = jobs ?? (files.length >= scan_workers/* MIN_FILES_FOR_WORKERS */.zw ? (0,external_node_os_.availableParallelism)() : 1);
    const workers = Math.min(n, files.length);
    if (workers < 2)
        return undefined;
    try {
        return await (0,scan_workers/* scanInWorkers */.KB)(files, ctx, rules.map((r) => r.meta.id), workers, (s) => interned(s, pool), 
        // This thread's share keeps only the models of files that may nest (a worker leaves those here).
        (c) => (0,file.scanFile)(c, ctx, rules, 'nesting'));
    }
    catch (e) {
        warnings.push({
            file: '.',
            line: null,
            message: `worker threads failed (${e.message}); the files were scanned in one thread`,
        });
        return undefined;
    }
}
/** The scan with its findings' repeated strings shared (memory stays flat as findings pile up). */
function interned(s, pool) {
    if (s.result)
        internFindings(s.result.findings, pool);
    return s;
}
/**
 * What the selection names: files given as data; or the files found on disk (`candidates`, which
 * nested stacks are paired within), those of them the scan reads (`files`, narrowed to a change)
 * and the commit they are read at.
 */
async function selectFiles(cwd, sel) {
    if ('given' in sel)
        return { given: sel.given, candidates: [], files: [], warnings: [], at: undefined };
    const { candidates, warnings } = await (0,discover/* discover */.k4)({ cwd, ...sel });
    const { changed } = sel;
    const files = changed ? candidates.filter((c) => changed.has(c.abs)) : candidates;
    return { given: [], candidates, files, warnings, at: sel.at };
}
async function scan(opts) {
    const { given, candidates, files, warnings, at } = await selectFiles(opts.cwd, opts.files);
    // The IAM catalogue of this run (`--iam-data`, `allow-actions`), in this thread and each worker.
    const allow = opts.config?.allowActions ?? [];
    const catalogue = opts.catalogue || allow.length ? { ...opts.catalogue, allow } : undefined;
    (0,iam_catalogue/* configureCatalogue */.QR)(catalogue);
    const result = {
        findings: [],
        warnings: [...warnings],
        partial: [],
        files: 0,
        templates: 0,
        policies: 0,
        accessAnalyzer: { ran: false, calls: 0, skipped: null },
        catalogue: (0,iam_catalogue/* catalogueInfo */.UE)(),
    };
    const overrides = opts.config?.rules ?? {};
    const rules = src_rules.RULES.filter((r) => overrides[r.meta.id] !== 'off');
    // A model (the parsed tree, resolver, policies) is kept after its rules have run only for the
    // stages that need it; otherwise memory stays flat as the repository grows.
    const aa = opts.accessAnalyzer;
    const aaOn = Boolean(aa && aa.mode !== 'off');
    const aaLikely = aaOn && Boolean(aa.mode === 'on' || aa.client || credentialsConfigured());
    const aaMayRun = aaLikely || (aaOn && credentialsMayResolve());
    const compareWith = opts.compareWith;
    const keepModels = aaLikely || Boolean(given.length || compareWith);
    // Access Analyzer may still run (instance metadata may give credentials): the files with
    // policies are noted, to be analysed again if it does.
    const policyFiles = [];
    const models = [];
    const directives = [];
    // Every value given through `parameters` is a secret everywhere; every NoEcho parameter's value
    // is a secret of its file (masked in what is said about that file).
    const secretValues = new Set(Object.values(opts.parameters ?? {}));
    const fileSecrets = new Map();
    const addSecrets = (file, values) => {
        if (!values?.length)
            return;
        const set = fileSecrets.get(file) ?? new Set();
        for (const v of values)
            set.add(v);
        fileSecrets.set(file, set);
    };
    const readAt = at && (0,git/* hasCommit */.QE)(opts.cwd, at) ? at : undefined;
    const ctx = { cwd: opts.cwd, readAt, options: fileOptions(opts), ...(catalogue && { catalogue }) };
    const pool = new Map();
    const take = (c, s) => {
        // A file a worker left here because it may nest: its model is needed to follow its children.
        if (s.deferred)
            return take(c, interned((0,file.scanFile)(c, ctx, rules, 'keep'), pool));
        for (const w of s.readWarnings)
            result.warnings.push(w);
        const analysed = s.result;
        if (!analysed)
            return;
        result.files++;
        if (aaMayRun && !keepModels && analysed.policies)
            policyFiles.push(c);
        if (analysed.model && (keepModels || s.mayNest))
            models.push(analysed.model);
        addSecrets(c.rel, analysed.secrets);
        merge(result, analysed, directives);
    };
    const scans = keepModels ? undefined : await inWorkers(files, ctx, rules, opts.jobs, result.warnings, pool);
    if (scans)
        for (let i = 0; i < files.length; i++)
            take(files[i], scans[i]);
    else
        for (const c of files)
            take(c, interned((0,file.scanFile)(c, ctx, rules, 'keep'), pool));
    for (const s of given) {
        result.files++;
        const analysed = (0,analyse/* analyseText */.F)(s.rel, s.text, opts, rules);
        if (analysed.model)
            models.push(analysed.model);
        addSecrets(s.rel, analysed.secrets);
        merge(result, analysed, directives);
    }
    await (0,nested/* followNestedStacks */.G)({
        result,
        models,
        directives,
        candidates,
        scanned: files,
        opts,
        rules,
        readAt,
        secrets: fileSecrets,
    });
    const base = compareWith
        ? baseModels(models, baseReader(opts.cwd, compareWith, result), opts, addSecrets)
        : undefined;
    if (base)
        result.changes = await permissionChanges(models, base, opts, result.warnings);
    // Access Analyzer is sent placeholders for every secret of the run.
    const secrets = (0,findings_secrets/* secretStrings */.N)([...secretValues, ...[...fileSecrets.values()].flatMap((v) => [...v])]);
    if (!aa || aa.mode === 'off')
        result.accessAnalyzer.skipped = 'turned off';
    else {
        const aaModels = aaMayRun && !keepModels ? await modelsForAccessAnalyzer(result, policyFiles, models, ctx, aa.region) : models;
        if (!aaMayRun || !aaModels) {
            const skipped = result.policies ? 'no AWS credentials' : 'no policy to check';
            result.accessAnalyzer = { ran: false, calls: 0, billedCalls: 0, skipped };
        }
        else {
            await accessAnalyzerStage(result, aaModels, { ...aa, mode: aa.mode, secrets }, base?.policies);
            (0,construct_paths/* withConstructPathsByFile */.Z)(result.findings, aaModels);
        }
    }
    const config = opts.config;
    if (config)
        for (const e of config.ignore)
            directives.push((0,suppressions/* configDirective */.cx)(config.file, config.source, e, e.node));
    result.findings = foldImplied((0,suppression_stage/* suppressionStage */.a)({
        findings: result.findings,
        directives,
        overrides: config?.rules,
        accessAnalyzerRan: result.accessAnalyzer.ran,
    }));
    result.findings.sort(types/* compareFindings */.Eg);
    (0,findings_secrets/* maskResult */.UN)(result, (0,findings_secrets/* secretStrings */.N)(secretValues), new Map([...fileSecrets].map(([file, values]) => [file, [...values]])));
    return result;
}
/**
 * The models Access Analyzer needs when the scan did not keep them (no credentials were
 * configured, but the instance metadata service may give some): asked first, and only when
 * there are policies; then the files with policies are read and parsed again. Undefined: it
 * will not run.
 */
async function modelsForAccessAnalyzer(result, policyFiles, kept, ctx, region) {
    if (!result.policies)
        return undefined;
    const { credentialsResolve } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 2864));
    if (!(await credentialsResolve(region)))
        return undefined;
    const models = [...kept];
    const have = new Set(kept.map((m) => m.file));
    for (const c of policyFiles) {
        if (have.has(c.rel))
            continue;
        const model = (0,file.scanFile)(c, ctx, [], 'keep').result?.model;
        if (model)
            models.push(model);
    }
    return models;
}
const attachKey = (file, resource) => `${file}#${resource}`;
/** How the files' earlier versions are read; undefined (with a warning) when the ref is not here. */
function baseReader(cwd, compareWith, result) {
    if (typeof compareWith !== 'string')
        return (rel) => compareWith.get(rel);
    if ((0,git/* hasCommit */.QE)(cwd, compareWith))
        return (rel) => (0,git/* readAtRef */.Bg)(cwd, compareWith, rel);
    result.warnings.push({
        file: '.',
        line: null,
        message: `the base commit ${compareWith.slice(0, 12)} is not in the local repository, so nothing was compared with it (check out with fetch-depth: 0)`,
    });
    return undefined;
}
/** The policies and managed attachments of the same files at the base. */
function baseModels(models, readBase, opts, addSecrets) {
    if (!readBase)
        return undefined;
    const base = { policies: new Map(), managed: new Map() };
    for (const m of models) {
        const text = readBase(m.file);
        // Only the base's policies are needed: no rules run on it.
        const analysed = text === undefined ? undefined : (0,analyse/* analyseText */.F)(m.file, text, opts, []);
        addSecrets(m.file, analysed?.secrets);
        const before = analysed?.model;
        for (const p of before?.policies ?? [])
            base.policies.set((0,key/* policyKey */.s)(p), p);
        for (const a of before?.managed ?? []) {
            if (typeof a.arn !== 'string' || a.via === 'PermissionsBoundary')
                continue;
            const k = attachKey(m.file, a.resource.id);
            base.managed.set(k, new Set([...(base.managed.get(k) ?? []), a.arn]));
        }
    }
    return base;
}
/** The permission diff: changed policies, and managed policies attached or detached. */
async function permissionChanges(models, base, opts, warnings) {
    const changes = [];
    for (const m of models) {
        try {
            for (const p of m.policies) {
                const c = permissionChange(base.policies.get((0,key/* policyKey */.s)(p)), p);
                if (c)
                    changes.push(c);
            }
        }
        catch (e) {
            // One file's diff failing costs only that file's diff, and says so.
            warnings.push({
                file: m.file,
                line: null,
                message: `the permission diff of this file could not be computed (${e.name}: ${e.message})`,
            });
        }
    }
    const head = new Map();
    for (const m of models) {
        for (const a of m.managed) {
            if (typeof a.arn !== 'string' || a.via === 'PermissionsBoundary')
                continue;
            const k = attachKey(m.file, a.resource.id);
            head.set(k, new Set([...(head.get(k) ?? []), a.arn]));
        }
    }
    const diffs = [];
    for (const key of new Set([...head.keys(), ...base.managed.keys()])) {
        const now = head.get(key) ?? new Set();
        const was = base.managed.get(key) ?? new Set();
        const added = [...now].filter((a) => !was.has(a));
        const removed = [...was].filter((a) => !now.has(a));
        if (added.length || removed.length)
            diffs.push({ key, added, removed });
    }
    if (!diffs.length)
        return changes;
    const arns = diffs.flatMap((d) => [...d.added, ...d.removed]);
    const lookups = opts.accessAnalyzer && opts.accessAnalyzer.mode !== 'off';
    // The AWS SDK is loaded only when AWS is called: it is most of the startup time otherwise.
    const documents = lookups
        ? await (await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 709))).fetchManagedPolicies(arns, { region: opts.accessAnalyzer.region, client: opts.iamClient })
        : new Map(arns.map((a) => [a, { reason: 'not expanded: AWS lookups are off' }]));
    for (const d of diffs) {
        const [file, resource] = [d.key.slice(0, d.key.lastIndexOf('#')), d.key.slice(d.key.lastIndexOf('#') + 1)];
        const c = attachmentChange(file, resource, d.added, d.removed, documents);
        if (c)
            changes.push(c);
    }
    return changes;
}
/** Access Analyzer over the scanned policies (its findings go through the suppression stage with the rest). */
async function accessAnalyzerStage(result, models, aa, base) {
    const { runAccessAnalyzer } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 2864));
    const out = await runAccessAnalyzer(models, { ...aa, base });
    if (out.ran && aa.checks.has('no-new-access')) {
        const fresh = models
            .flatMap((m) => m.policies)
            .filter((p) => p.kind !== 'scp' && p.kind !== 'rcp' && !base?.has((0,key/* policyKey */.s)(p)));
        if (fresh.length) {
            out.notes.push(base
                ? `CheckNoNewAccess: ${fresh.length} polic${fresh.length === 1 ? 'y is' : 'ies are'} new in this change, with no base version to compare with.`
                : 'CheckNoNewAccess: not run, as there is no base to compare with (use --base REF, or run on a pull request).');
        }
    }
    for (const f of out.findings)
        result.findings.push(f);
    result.accessAnalyzer = {
        ran: out.ran,
        calls: out.calls,
        billedCalls: out.billedCalls,
        skipped: out.skipped,
        ...(out.error ? { error: out.error } : {}),
        ...(out.notes.length ? { notes: out.notes } : {}),
    };
}
function merge(into, r, directives) {
    if (r.kind === 'template')
        into.templates++;
    into.policies += r.policies;
    // Loops, not push(...list): a spread of a long list overflows the argument stack.
    for (const f of r.findings)
        into.findings.push(f);
    for (const w of r.warnings)
        into.warnings.push(w);
    for (const p of r.partial)
        into.partial.push(p);
    for (const d of r.directives)
        directives.push(d);
}

;// CONCATENATED MODULE: ./src/report/github.ts
/** `--format github`: workflow-command annotations, most severe first. */

const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
// Workflow commands end at a newline and split properties at commas and colons.
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function annotation(f) {
    const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `endLine=${f.endLine}`,
        ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(`${f.severity.toUpperCase()} ${f.ruleId}: ${f.title}`)}`,
    ];
    return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}
const githubReport = ({ result }) => {
    const open = result.findings.filter((f) => !f.suppressed);
    const sorted = [...open].sort((a, b) => (0,types/* severityRank */.qs)(a.severity) - (0,types/* severityRank */.qs)(b.severity));
    const lines = sorted.map(annotation);
    for (const w of result.warnings) {
        lines.push(`::warning file=${escapeProperty(w.file)}${w.line ? `,line=${w.line}` : ''},title=PolicyGate::${escapeData(w.message)}`);
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
};

;// CONCATENATED MODULE: ./src/report/json.ts
/** `--format json`: the report contract of interface.md §3. */

/**
 * Findings per piece: a piece of 100 (about 65 kB) is allocated like any small string and
 * collected young. Pieces of 500 (330 kB) each went to the large-object space, which piled up
 * about 45 MB while the report was written and set a 5,000-template scan's peak RSS (471 →
 * 424–452 MB with pieces of 100, and 4.6 → 4.3 s).
 */
const FINDINGS_PER_PIECE = 100;
const WRAP_HEAD = '{\n  "findings": [\n';
const WRAP_TAIL = '\n  ]\n}';
/**
 * The report in pieces, which joined are exactly `JSON.stringify(report, null, 2)` and a newline:
 * a large scan's report (80 MB at 5,000 templates) is written piece by piece instead of being
 * built as one string and then copied into one buffer, which set the scan's peak memory.
 */
function* jsonReportPieces({ result, failOn, toolVersion }) {
    const bySeverity = (0,types/* countBySeverity */.Ot)(result.findings);
    const head = {
        version: 1,
        tool: {
            name: 'policygate',
            version: toolVersion,
            ...(result.catalogue ? { iamCatalogue: result.catalogue } : {}),
        },
    };
    const rest = {
        summary: {
            files: result.files,
            templates: result.templates,
            policies: result.policies,
            findings: result.findings.filter((f) => !f.suppressed).length,
            bySeverity,
            accessAnalyzer: result.accessAnalyzer,
        },
        conclusion: (0,types/* conclusion */.q$)(result.findings, failOn),
        warnings: result.warnings,
        partial: result.partial,
        ...(result.changes ? { changes: result.changes } : {}),
    };
    // Each object's text without its closing (head) or opening (rest) brace, joined by the findings.
    yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "findings": `;
    const findings = withFoldedListed(result.findings);
    if (!findings.length)
        yield '[]';
    for (let start = 0; start < findings.length; start += FINDINGS_PER_PIECE) {
        const end = Math.min(findings.length, start + FINDINGS_PER_PIECE);
        // The piece's findings as elements two levels deep, in one call: a call per finding and a
        // re-indent of its text took four times as long at 130,000 findings.
        const wrapped = JSON.stringify({ findings: findings.slice(start, end) }, null, 2);
        const items = wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
        yield `${start ? ',\n' : '[\n'}${items}${end === findings.length ? '\n  ]' : ''}`;
    }
    yield `,\n${JSON.stringify(rest, null, 2).slice(2)}\n`;
}
/**
 * Each finding, and after it the findings folded into it, listed on their own with `foldedInto`:
 * one problem is one finding everywhere a person reads, and every rule's verdict is still in the
 * machine-readable report (for tools that score or gate on rule ids).
 */
function withFoldedListed(findings) {
    if (!findings.some((f) => f.folded?.length))
        return findings;
    return findings.flatMap((f) => [
        f,
        ...(f.folded ?? []).map((x) => ({
            ...f,
            ...x,
            folded: undefined,
            fix: undefined,
            foldedInto: f.fingerprint,
        })),
    ]);
}
const jsonReport = (input) => [...jsonReportPieces(input)].join('');

;// CONCATENATED MODULE: ./src/report/sarif.ts
const sarif_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
// GitHub buckets security-severity: ≥9 critical, ≥7 high, ≥4 medium, >0 low.
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0',
};
/** Words of rule ids written as AWS writes them, for the rules' readable names. */
const WORDS = {
    sg: 'SecurityGroup',
    lb: 'LoadBalancer',
    db: 'Database',
    apigateway: 'ApiGateway',
    cloudfront: 'CloudFront',
    cloudtrail: 'CloudTrail',
    cloudwatch: 'CloudWatch',
    codebuild: 'CodeBuild',
    guardduty: 'GuardDuty',
    elasticache: 'ElastiCache',
    opensearch: 'OpenSearch',
    sagemaker: 'SageMaker',
    nodegroup: 'NodeGroup',
    passrole: 'PassRole',
    imdsv2: 'IMDSv2',
    workspaces: 'WorkSpaces',
    redshift: 'Redshift',
    route53: 'Route53',
};
const UPPER = new Set([
    'iam',
    'kms',
    's3',
    'ec2',
    'elb',
    'eks',
    'emr',
    'dax',
    'efs',
    'ebs',
    'cmk',
    'tls',
    'http',
    'ssh',
]);
for (const w of ['mfa', 'ip', 'dlm', 'oidc', 'url', 'vpc', 'nacl', 'rds', 'sns', 'sqs', 'qldb', 'acl', 'id'])
    UPPER.add(w);
/** A rule's readable name, distinct from its id: `sg-open-admin-port` → `SecurityGroupOpenAdminPort`. */
function ruleName(id) {
    return id
        .split(/[-/_]/)
        .filter(Boolean)
        .map((w) => {
        const lower = w.toLowerCase();
        if (WORDS[lower])
            return WORDS[lower];
        if (UPPER.has(lower))
            return lower.toUpperCase();
        return lower[0].toUpperCase() + lower.slice(1);
    })
        .join('');
}
const sarifReport = ({ result, toolVersion, rules }, opts = {}) => {
    const findings = result.findings.filter((f) => !f.suppressed || opts.showSuppressed);
    const known = new Map(rules.map((r) => [r.id, r]));
    const used = [...rules];
    for (const f of findings) {
        if (!known.has(f.ruleId)) {
            const d = { id: f.ruleId, severity: f.severity, title: f.title, why: f.title, fix: '', helpUri: f.helpUri };
            known.set(f.ruleId, d);
            used.push(d);
        }
    }
    const index = new Map(used.map((r, i) => [r.id, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'PolicyGate',
                        version: toolVersion,
                        informationUri: 'https://github.com/policygate/policygate',
                        ...(result.catalogue ? { properties: { iamCatalogue: result.catalogue } } : {}),
                        rules: used.map((r) => ({
                            id: r.id,
                            name: ruleName(r.id),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.why },
                            helpUri: r.helpUri,
                            help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
                            defaultConfiguration: { level: sarif_LEVEL[r.severity] ?? 'warning' },
                            properties: {
                                'security-severity': SECURITY_SEVERITY[r.severity] ?? '5.5',
                                tags: ['security', 'iam', 'cloudformation'],
                            },
                        })),
                    },
                },
                // What could not be looked at (a folder with no candidate file, an unreadable file) is
                // a tool notification, so a SARIF consumer sees it too.
                invocations: [
                    {
                        executionSuccessful: !result.warnings.some((w) => w.fatal),
                        toolExecutionNotifications: result.warnings.map((w) => ({
                            level: 'warning',
                            message: { text: w.message },
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: w.file },
                                        ...(w.line ? { region: { startLine: w.line } } : {}),
                                    },
                                },
                            ],
                        })),
                    },
                ],
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: index.get(f.ruleId),
                    level: sarif_LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                            },
                            ...(f.resource ? { logicalLocations: [{ name: f.resource, kind: 'resource' }] } : {}),
                        },
                    ],
                    partialFingerprints: { 'policygate/v1': f.fingerprint },
                    properties: { 'security-severity': SECURITY_SEVERITY[f.severity], severity: f.severity },
                    ...(f.suppressed && f.suppression
                        ? {
                            suppressions: [
                                {
                                    kind: f.suppression.kind === 'config' ? 'external' : 'inSource',
                                    status: 'accepted',
                                    justification: f.suppression.reason,
                                },
                            ],
                        }
                        : {}),
                })),
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
};

// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(1068);
;// CONCATENATED MODULE: ./src/report/index.ts





/** The reporters a run always may need; `stylish` is loaded by `reporter` when chosen. */
const REPORTERS = {
    json: jsonReport,
    sarif: sarifReport,
    github: githubReport,
};
/**
 * The reporter of a format. The stylish one is loaded on use: its line wrapping (`wrap-ansi` and
 * its East Asian width tables) took some 18 ms of every CLI start, JSON and SARIF runs included.
 */
async function reporter(format) {
    if (format !== 'stylish')
        return REPORTERS[format];
    return (await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 9244))).stylishReport;
}

// EXTERNAL MODULE: ./src/scan/version.ts + 1 modules
var version = __webpack_require__(8657);
// EXTERNAL MODULE: ./src/scan/rule-descriptions.ts
var rule_descriptions = __webpack_require__(1275);
;// CONCATENATED MODULE: ./src/scan/command.ts
/**
 * A CLI scan from options to an exit code: scan, render, write. Kept apart from src/cli.ts so the
 * end-to-end tests can call it in-process.
 */














async function runScan(flags, io) {
    const options = (0,cli_options/* cliOptions */.$D)(flags, io, new Set(src_rules.RULES.map((r) => r.meta.id)));
    // What can be checked before the scan is, so a mistake costs no scan and prints no report.
    if (options.output)
        writable(options.output, flags.output);
    const changed = options.base ? (0,git/* changedSince */.$A)(options.workspace, options.base) : undefined;
    const baseline = flags.baseline === undefined ? undefined : readBaseline(io.cwd, flags.baseline);
    if (flags.createBaseline !== undefined)
        writable(external_node_path_default().resolve(io.cwd, flags.createBaseline), flags.createBaseline);
    if (options.accessAnalyzer.mode === 'on')
        await credentialsFirst(options.accessAnalyzer.region);
    const { paths, include, exclude } = options;
    const files = options.stdin
        ? { given: [{ rel: options.stdin.name, text: await (io.stdin ?? readStdin)() }] }
        : { paths, include, exclude, changed };
    const { catalogue, warning } = catalogueFrom(options.iamData);
    const result = await scan({
        catalogue,
        cwd: options.workspace,
        files,
        compareWith: options.base,
        parameters: options.parameters,
        region: options.accessAnalyzer.region,
        config: options.config,
        accessAnalyzer: options.accessAnalyzer,
        jobs: options.jobs,
    });
    if (warning)
        result.warnings.unshift(warning);
    // A requested check that could not run: one line on stderr and no report (exit 2).
    if (result.accessAnalyzer.error)
        throw new errors/* UsageError */.e(result.accessAnalyzer.error);
    if (flags.rules.length) {
        // --rule names the Access Analyzer ids it keeps too (the offline rules were not run).
        const only = new Set(flags.rules);
        result.findings = result.findings.filter((f) => !f.ruleId.startsWith('access-analyzer/') || only.has(f.ruleId));
    }
    if (flags.createBaseline !== undefined) {
        const file = external_node_path_default().resolve(io.cwd, flags.createBaseline);
        const text = baselineText(result.findings, version/* VERSION */.x);
        try {
            (0,external_node_fs_.writeFileSync)(file, text);
        }
        catch (e) {
            throw new errors/* UsageError */.e(`--create-baseline ${flags.createBaseline}: cannot be written (${e.code ?? 'error'})`);
        }
        const n = JSON.parse(text).findings.length;
        io.stderr(`policygate: wrote ${n} fingerprint${n === 1 ? '' : 's'} to ${flags.createBaseline}\n`);
        return { code: 0, result };
    }
    let baselined = 0;
    if (baseline) {
        const before = result.findings.length;
        result.findings = result.findings.filter((f) => f.internal || !baseline.has(f.fingerprint));
        baselined = before - result.findings.length;
    }
    const color = (0,cli_options/* useColor */.by)(flags.color, io.env, Boolean(io.isTTY)) && !options.output;
    const input = { result, failOn: options.failOn, toolVersion: version/* VERSION */.x, rules: (0,rule_descriptions.ruleDescriptions)(), baselined };
    const failed = (0,types/* conclusion */.q$)(result.findings, options.failOn) === 'failure';
    const style = {
        color,
        compact: flags.compact,
        showSuppressed: flags.showSuppressed,
        quiet: flags.quiet,
        cwd: io.cwd,
        workspace: options.workspace,
        width: io.columns,
    };
    // The JSON report is written in pieces: a large one is never held as one string.
    const pieces = flags.quiet && !failed && !options.output
        ? []
        : options.format === 'json'
            ? jsonReportPieces(input)
            : [(await reporter(options.format))(input, style)];
    if (options.output) {
        try {
            await writePieces(options.output, pieces);
        }
        catch (e) {
            throw new errors/* UsageError */.e(`--output ${flags.output}: cannot be written (${e.code ?? 'error'})`);
        }
    }
    else
        for (const piece of pieces)
            io.stdout(piece);
    const fatal = result.warnings.filter((w) => w.fatal);
    for (const w of fatal)
        io.stderr(`policygate: ${w.file}: ${w.message}\n`);
    if (fatal.length)
        return { code: 2, result };
    return { code: failed ? 1 : 0, result };
}
/**
 * `--access-analyzer on` with no credentials is known before any file is read: exit 2 with a
 * hint for where the user stands (a laptop's profile or SSO session, CI's OIDC role).
 */
async function credentialsFirst(region) {
    const { credentialsResolve } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 2864));
    if (await credentialsResolve(region))
        return;
    throw new errors/* UsageError */.e('Access Analyzer is on (--access-analyzer on, or the config) and needs AWS credentials, but none resolve. On a laptop: `aws sso login --profile NAME` and AWS_PROFILE=NAME (or `aws configure`); in CI: aws-actions/configure-aws-credentials with OIDC (permissions: id-token: write). Or --access-analyzer off (the offline rules only) or auto (run when credentials resolve)');
}
/** `--iam-data FILE` as the catalogue's settings; a file that is not a service reference: the bundled one, and a warning. */
function catalogueFrom(d) {
    if (!d)
        return {};
    const packed = 'data' in d ? (0,iam_catalogue/* packServiceReference */.WS)(d.data) : { error: d.warning };
    if ('error' in packed) {
        return {
            warning: {
                file: d.file,
                line: null,
                message: `--iam-data: not AWS's service reference JSON (${packed.error}); the bundled IAM catalogue is used`,
            },
        };
    }
    return { catalogue: { services: packed.services, source: { file: d.file, date: 'date' in d ? d.date : '' } } };
}
/**
 * Each piece is written while the next one is built: the write runs on libuv's thread pool (an
 * idle core by the end of a large scan), with one piece in flight, so memory stays one piece.
 */
async function writePieces(file, pieces) {
    const out = await (0,promises_.open)(file, 'w');
    try {
        let pending;
        for (const piece of pieces) {
            await pending;
            pending = out.write(piece);
        }
        await pending;
    }
    finally {
        await out.close();
    }
}
/** --output must name a file we can write: its folder exists and is writable, and it is no folder. */
function writable(abs, given) {
    const fail = (why) => new errors/* UsageError */.e(`--output ${given}: cannot be written (${why})`);
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch {
        st = undefined;
    }
    if (st?.isDirectory())
        throw fail('it is a folder');
    try {
        (0,external_node_fs_.accessSync)(st ? abs : external_node_path_default().dirname(abs), external_node_fs_.constants.W_OK);
    }
    catch (e) {
        const code = e.code;
        throw fail(code === 'ENOENT' ? `no folder ${external_node_path_default().dirname(given) || '.'}` : (code ?? 'error'));
    }
}
async function readStdin() {
    const chunks = [];
    for await (const c of process.stdin)
        chunks.push(c);
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ruleDescriptions: () => (/* binding */ ruleDescriptions)
/* harmony export */ });
/* harmony import */ var _findings_locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1014);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(866);
/**
 * The rules as data for the reporters and the pull request (which never import rules): id,
 * severity, title, why, fix and the page's address.
 */


const ruleDescriptions = () => _rules_index_js__WEBPACK_IMPORTED_MODULE_1__.RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    title: r.meta.title,
    why: r.meta.why,
    fix: r.meta.fix,
    helpUri: (0,_findings_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .helpUri */ .qU)(r.meta.id),
}));


/***/ })

};
