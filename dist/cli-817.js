export const id = 817;
export const ids = [817];
export const modules = {

/***/ 2542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ analyseText)
});

// UNUSED EXPORTS: checkText

// EXTERNAL MODULE: ./src/parse/index.ts + 1 modules
var parse = __webpack_require__(4654);
// EXTERNAL MODULE: ./src/parse/source.ts
var parse_source = __webpack_require__(3226);
// EXTERNAL MODULE: ./src/parse/node.ts
var node = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/template/values.ts
var values = __webpack_require__(4478);
;// CONCATENATED MODULE: ./src/template/language-extensions.ts
/**
 * The `AWS::LanguageExtensions` transform, done offline: `Fn::ForEach` loops are unrolled (in
 * Resources, Outputs, Conditions and inside resource bodies, nested loops too), and the places
 * where the transform lets an intrinsic stand for a name (`Fn::GetAtt`'s logical id,
 * `DeletionPolicy`, `UpdateReplacePolicy`) are resolved to plain strings.
 *
 * Expanded nodes are copies of the loop body that keep the body's offsets, so a finding on an
 * expanded resource points at the element in the source, while its structural path (and so its
 * fingerprint) carries the expanded logical id: two iterations never share a fingerprint.
 */


const LOOP = 'Fn::ForEach::';
/** Resource attributes that must be strings, which a loop body may write with `Fn::Sub`. */
const NAMED_BY_INTRINSIC = new Set(['DeletionPolicy', 'UpdateReplacePolicy', 'Condition']);
/** Sections where CloudFormation accepts loops (Fn::ForEach reference, "can be used within"). */
const LOOP_SECTIONS = new Set(['Resources', 'Outputs', 'Conditions']);
/** CloudFormation's own quota is 500 resources; far beyond that is a runaway nest of loops. */
const MAX_EXPANDED_PAIRS = 5000;
/** Copies of loop bodies, in nodes: a large body in nested loops must not exhaust memory. */
const MAX_COPIED_NODES = 1_000_000;
/** Whether the template declares the transform, or uses a loop anyway (reading it costs nothing). */
function usesLanguageExtensions(root) {
    const transform = root.pairs.find((p) => p.key.value === 'Transform')?.value;
    const names = (0,node/* isSeq */.oP)(transform) ? transform.items.map(node/* str */.gx) : [(0,node/* str */.gx)(transform)];
    if (names.includes('AWS::LanguageExtensions'))
        return true;
    return root.pairs.some((p) => LOOP_SECTIONS.has(String(p.key.value)) && hasLoop(p.value, 0));
}
function hasLoop(n, depth) {
    if (depth > 8 || !(0,node/* isMap */.jh)(n))
        return false;
    return n.pairs.some((p) => String(p.key.value).startsWith(LOOP) || hasLoop(p.value, depth + 1));
}
/**
 * `resolve` gives a node's value against the template's Parameters and Mappings (collections are
 * literal lists or `Ref`s to list parameters, possibly through Fn::Split or Fn::FindInMap).
 */
function expandLanguageExtensions(root, resolve) {
    const ex = new Expander(resolve);
    const pairs = root.pairs.map((p) => {
        const section = String(p.key.value);
        if (!LOOP_SECTIONS.has(section) || !(0,node/* isMap */.jh)(p.value))
            return p;
        const value = { ...bare(p.value), pairs: ex.pairs(p.value, new Map()) };
        if (section === 'Resources')
            for (const r of value.pairs)
                ex.resolveNames(r.value);
        return { key: p.key, value };
    });
    const out = { ...bare(root), pairs };
    (0,node/* link */.nf)(out);
    return { root: out, notExpanded: ex.notExpanded };
}
class Expander {
    resolve;
    notExpanded = [];
    made = 0;
    copied = 0;
    constructor(resolve) {
        this.resolve = resolve;
    }
    /** A mapping's pairs with its loops unrolled and the loop identifiers bound. */
    pairs(map, b) {
        const out = [];
        for (const p of map.pairs) {
            const k = String(p.key.value);
            if (!k.startsWith(LOOP)) {
                out.push({ key: this.scalar(p.key, b), value: this.node(p.value, b) });
                continue;
            }
            const loop = this.loop(p, b);
            if (!loop) {
                // Kept as written (with its Type-less value): the model reports it as not analysed.
                out.push({ key: { ...p.key }, value: this.node(p.value, b) });
                continue;
            }
            for (const tuple of loop.tuples) {
                if (++this.made > MAX_EXPANDED_PAIRS || this.copied > MAX_COPIED_NODES) {
                    this.notExpanded.push({ node: p.key, reason: `${k}: the loops expand past what is read offline` });
                    return out;
                }
                out.push(...this.pairs(loop.body, new Map([...b, ...loop.ids.map((id, i) => [id, tuple[i]])])));
            }
        }
        return out;
    }
    /**
     * One identifier takes each item of a list. Several identifiers (`[Name, Port]`) take the items
     * of each inner list of a list of lists, or, for two, each key and value of a mapping.
     */
    loop(p, b) {
        const name = String(p.key.value);
        const v = p.value;
        const fail = (reason) => {
            this.notExpanded.push({ node: p.key, reason: `${name}: ${reason}` });
            return undefined;
        };
        if (!(0,node/* isSeq */.oP)(v) || v.items.length !== 3 || !(0,node/* isMap */.jh)(v.items[2])) {
            return fail('it must be [Identifier, Collection, {OutputKey: OutputValue}]');
        }
        const idNodes = (0,node/* isSeq */.oP)(v.items[0]) ? v.items[0].items : [v.items[0]];
        const ids = idNodes.map((n) => (0,node/* str */.gx)(n) ?? (0,values/* asString */.oJ)(this.resolveCopy(n, b)));
        if (!ids.length || ids.some((id) => !id))
            return fail('its identifier is not a known name');
        const collection = this.node(v.items[1], b);
        (0,node/* link */.nf)(collection);
        const value = (0,node/* isSeq */.oP)(collection) && collection.items.every(node/* isScalar */.jn)
            ? collection.items.map((i) => i.value)
            : this.resolve(collection);
        const tuples = tuplesOf(value, ids.length);
        if (!tuples) {
            const why = (0,values/* isUnknown */.t8)(value)
                ? value.reason
                : `it does not give ${ids.length === 1 ? 'strings' : 'lists of strings'}`;
            return fail(`its collection is not known offline (${why})`);
        }
        return { ids: ids, tuples, body: v.items[2] };
    }
    /** The value of a copied node, linked on its own so the resolver can walk it. */
    resolveCopy(n, b) {
        const copy = this.node(n, b);
        (0,node/* link */.nf)(copy);
        return this.resolve(copy);
    }
    node(n, b) {
        this.copied++;
        if ((0,node/* isScalar */.jn)(n))
            return this.scalar(n, b);
        if ((0,node/* isSeq */.oP)(n))
            return { ...bare(n), items: n.items.map((i) => this.node(i, b)) };
        // Inside a loop, `Ref: Identifier` is the current item.
        if (n.pairs.length === 1 && n.pairs[0].key.value === 'Ref') {
            const bound = b.get((0,node/* str */.gx)(n.pairs[0].value) ?? '');
            if (bound !== undefined)
                return { kind: 'scalar', start: n.start, end: n.end, value: bound };
        }
        return { ...bare(n), pairs: this.pairs(n, b) };
    }
    scalar(n, b) {
        if (typeof n.value !== 'string' || !b.size || !/[$&]\{/.test(n.value))
            return { ...bare(n), value: n.value };
        const value = n.value.replace(/([$&])\{([^}]*)\}/g, (whole, sigil, name) => {
            const v = b.get(name.trim());
            if (v === undefined)
                return whole;
            // `&{Id}`: the item with its non-alphanumeric characters removed, so it fits a logical id.
            return sigil === '&' ? v.replace(/[^A-Za-z0-9]/g, '') : v;
        });
        return { ...bare(n), value };
    }
    /**
     * With the transform, `Fn::GetAtt`'s logical id and the deletion policies may be intrinsics: in
     * the transformed template they are plain strings, which is what rules and the resolver read.
     */
    resolveNames(resource) {
        if (!(0,node/* isMap */.jh)(resource))
            return;
        for (const p of resource.pairs) {
            if (NAMED_BY_INTRINSIC.has(String(p.key.value)) && (0,node/* isMap */.jh)(p.value)) {
                const s = (0,values/* asString */.oJ)(this.resolve(p.value));
                if (s !== undefined)
                    p.value = { kind: 'scalar', start: p.value.start, end: p.value.end, value: s };
            }
        }
        const stack = [resource];
        while (stack.length) {
            const n = stack.pop();
            if ((0,node/* isSeq */.oP)(n))
                stack.push(...n.items);
            if (!(0,node/* isMap */.jh)(n))
                continue;
            for (const p of n.pairs) {
                if (p.key.value === 'Fn::GetAtt' && (0,node/* isSeq */.oP)(p.value) && (0,node/* isMap */.jh)(p.value.items[0])) {
                    const first = p.value.items[0];
                    const s = (0,values/* asString */.oJ)(this.resolve(first));
                    if (s !== undefined)
                        p.value.items[0] = { kind: 'scalar', start: first.start, end: first.end, value: s };
                }
                stack.push(p.value);
            }
        }
    }
}
/** Each iteration's values, one per identifier; undefined when the collection does not fit. */
function tuplesOf(value, width) {
    const strings = (xs) => {
        const out = xs.map((x) => (0,values/* asString */.oJ)(x));
        return out.every((x) => x !== undefined) ? out : undefined;
    };
    if (Array.isArray(value)) {
        const out = [];
        for (const item of value) {
            const t = width === 1 ? strings([item]) : Array.isArray(item) ? strings(item.slice(0, width)) : undefined;
            if (!t || t.length !== width)
                return undefined;
            out.push(t);
        }
        return out;
    }
    if (width === 2 && value && typeof value === 'object' && !(0,values/* isUnknown */.t8)(value)) {
        const out = [];
        for (const [k, x] of Object.entries(value)) {
            const t = strings([x]);
            if (!t)
                return undefined;
            out.push([k, t[0]]);
        }
        return out;
    }
    return undefined;
}
/** A node's own fields, without the parent link of the tree it was copied from. */
function bare(n) {
    const { parent: _p, key: _k, ...rest } = n;
    return rest;
}

// EXTERNAL MODULE: ./src/template/resolve.ts
var resolve = __webpack_require__(5942);
;// CONCATENATED MODULE: ./src/template/model.ts
/**
 * The CloudFormation model over a parsed file: resources, parameters, conditions and mappings,
 * each still pointing at its nodes so rules can report the exact element.
 */



class Template {
    resources = [];
    byId = new Map();
    parameters = new Map();
    conditions = new Map();
    mappings;
    isSam;
    /** Structural problems (Resources not a mapping, a resource without a Type, …). */
    problems = [];
    notAnalysed = [];
    /** The template as CloudFormation reads it: with `AWS::LanguageExtensions` applied. */
    root;
    /** `options` give the parameter values `Fn::ForEach` collections may be read from. */
    constructor(source, options = {}, expand = true) {
        let root = source;
        if (expand && usesLanguageExtensions(source)) {
            try {
                const plain = new resolve/* Resolver */.xR(new Template(source, options, false), options);
                const ex = expandLanguageExtensions(source, (n) => plain.value(n));
                root = ex.root;
                this.notAnalysed.push(...ex.notExpanded);
            }
            catch (e) {
                // Read as written rather than lose the file: its loops are then reported as not analysed.
                const reason = `AWS::LanguageExtensions could not be applied offline (${e.message})`;
                this.notAnalysed.push({ node: source, reason });
            }
        }
        this.root = root;
        const resources = (0,node/* get */.Jt)(root, 'Resources');
        if (resources && !(0,node/* isMap */.jh)(resources)) {
            this.problems.push({ node: resources, message: 'Resources must be a mapping of logical ids to resources' });
        }
        if ((0,node/* isMap */.jh)(resources)) {
            for (const pair of resources.pairs) {
                const id = String(pair.key.value);
                const r = pair.value;
                if (id.startsWith('Fn::ForEach::'))
                    continue; // not expanded: already in notAnalysed
                const placeholder = placeholderOf(id, r);
                if (placeholder) {
                    this.notAnalysed.push({ node: r, reason: placeholder.reason });
                    // A registry module keeps a string Type: Refs to it still name a resource.
                    if (!placeholder.typed)
                        continue;
                }
                if (!(0,node/* isMap */.jh)(r)) {
                    this.problems.push({ node: r, message: `resource ${id} must be a mapping with a Type` });
                    continue;
                }
                const type = (0,node/* str */.gx)((0,node/* get */.Jt)(r, 'Type'));
                if (!type) {
                    this.problems.push({ node: pair.key, message: `resource ${id} has no Type` });
                    continue;
                }
                const resource = {
                    id,
                    type,
                    node: r,
                    idNode: pair.key,
                    properties: (0,node/* get */.Jt)(r, 'Properties'),
                    metadata: (0,node/* get */.Jt)(r, 'Metadata'),
                    condition: (0,node/* str */.gx)((0,node/* get */.Jt)(r, 'Condition')),
                };
                this.resources.push(resource);
                this.byId.set(id, resource);
            }
        }
        const params = (0,node/* get */.Jt)(root, 'Parameters');
        if ((0,node/* isMap */.jh)(params)) {
            for (const pair of params.pairs) {
                const p = pair.value;
                const noEcho = (0,node/* get */.Jt)(p, 'NoEcho');
                this.parameters.set(String(pair.key.value), {
                    id: String(pair.key.value),
                    node: pair.key,
                    type: (0,node/* str */.gx)((0,node/* get */.Jt)(p, 'Type')) ?? 'String',
                    default: (0,node/* get */.Jt)(p, 'Default'),
                    noEcho: noEcho?.kind === 'scalar' && String(noEcho.value).toLowerCase() === 'true',
                });
            }
        }
        const conds = (0,node/* get */.Jt)(root, 'Conditions');
        if ((0,node/* isMap */.jh)(conds))
            for (const pair of conds.pairs)
                this.conditions.set(String(pair.key.value), pair.value);
        this.mappings = (0,node/* get */.Jt)(root, 'Mappings');
        const transform = (0,node/* get */.Jt)(root, 'Transform');
        const transforms = transform?.kind === 'seq' ? transform.items : transform ? [transform] : [];
        this.isSam = transforms.some((t) => (0,node/* str */.gx)(t)?.startsWith('AWS::Serverless'));
        for (const t of transforms) {
            const why = transformReason(t);
            if (why)
                this.notAnalysed.push({ node: t, reason: why });
        }
        this.findInsertions(root);
    }
    /** `Fn::Transform` (AWS::Include or a macro) at the top of a section or of a resource's body. */
    findInsertions(root) {
        const at = (n) => ((0,node/* isMap */.jh)(n) ? n.pairs.find((p) => p.key.value === 'Fn::Transform') : undefined);
        for (const section of root.pairs) {
            const own = at(section.value);
            if (own && section.key.value !== 'Resources') {
                this.notAnalysed.push({ node: own.value, reason: insertion(own.value) });
            }
        }
        for (const r of this.resources) {
            const inBody = at(r.node) ?? at(r.properties);
            if (inBody)
                this.notAnalysed.push({ node: inBody.value, reason: insertion(inBody.value) });
        }
    }
    ofType(...types) {
        return this.resources.filter((r) => types.includes(r.type));
    }
}
/**
 * Whether a parsed document is a CloudFormation template: it says so (AWSTemplateFormatVersion,
 * a SAM transform) or its Resources hold typed resources. Kubernetes manifests, app settings and
 * package files fall through.
 */
function looksLikeTemplate(root) {
    if (!(0,node/* isMap */.jh)(root))
        return false;
    if ((0,node/* get */.Jt)(root, 'AWSTemplateFormatVersion'))
        return true;
    const transform = (0,node/* get */.Jt)(root, 'Transform');
    const ts = transform?.kind === 'seq' ? transform.items : transform ? [transform] : [];
    if (ts.some((t) => (0,node/* str */.gx)(t)?.startsWith('AWS::')))
        return true;
    const resources = (0,node/* get */.Jt)(root, 'Resources');
    if ((0,node/* isMap */.jh)(resources)) {
        return resources.pairs.some((p) => /^(AWS|Custom|Alexa)::|::MODULE$/.test((0,node/* str */.gx)((0,node/* get */.Jt)(p.value, 'Type')) ?? '') ||
            (0,node/* get */.Jt)((0,node/* get */.Jt)(p.value, 'Type'), 'Rain::Module') !== undefined ||
            String(p.key.value).startsWith('Fn::ForEach::'));
    }
    return false;
}
/** A Resources entry that stands for resources which appear only at deploy (or `rain`) time. */
function placeholderOf(id, r) {
    if (id === 'Fn::Transform')
        return { reason: insertion(r), typed: false };
    const type = (0,node/* get */.Jt)(r, 'Type');
    const module = (0,node/* get */.Jt)(type, 'Rain::Module');
    if (module) {
        const reason = `a Rain module (${(0,node/* str */.gx)(module) ?? 'a module'}), whose resources rain inserts before deployment: not analysed`;
        return { reason, typed: false };
    }
    if ((0,node/* str */.gx)(type)?.endsWith('::MODULE')) {
        const reason = `a CloudFormation module (${(0,node/* str */.gx)(type)}), expanded by CloudFormation at deploy time: its resources are not analysed`;
        return { reason, typed: true };
    }
    return undefined;
}
/** `Fn::Transform`'s content comes from S3 (AWS::Include) or a macro, at deploy time. */
function insertion(n) {
    const first = (0,node/* isSeq */.oP)(n) ? n.items[0] : n;
    const name = (0,node/* str */.gx)((0,node/* get */.Jt)(first, 'Name'));
    const location = (0,node/* str */.gx)((0,node/* get */.Jt)((0,node/* get */.Jt)(first, 'Parameters'), 'Location'));
    if (name === 'AWS::Include')
        return `AWS::Include inserts a snippet from ${location ?? 'S3'} at deploy time: it is not analysed`;
    return `${name ? `the macro ${name}` : 'a transform'} rewrites this at deploy time: what it produces is not analysed`;
}
/** Transforms PolicyGate reads itself, or that only add AWS-managed plumbing. */
const KNOWN_TRANSFORMS = /^AWS::(Serverless-\d{4}-\d{2}-\d{2}|LanguageExtensions|SecretsManager-\d{4}-\d{2}-\d{2}|CodeDeployBlueGreen|CodeStar|ServiceCatalog)$/;
function transformReason(t) {
    if ((0,node/* isMap */.jh)(t))
        return insertion(t);
    const name = (0,node/* str */.gx)(t);
    if (!name || KNOWN_TRANSFORMS.test(name))
        return undefined;
    return `the template is processed by the macro ${name} at deploy time: what it adds or changes is not analysed`;
}

// EXTERNAL MODULE: ./src/policies/extract.ts + 2 modules
var extract = __webpack_require__(7486);
// EXTERNAL MODULE: ./src/rules/index.ts + 109 modules
var src_rules = __webpack_require__(9927);
// EXTERNAL MODULE: ./src/findings/suppressions.ts
var suppressions = __webpack_require__(7064);
// EXTERNAL MODULE: ./src/engines/suppression-stage.ts
var suppression_stage = __webpack_require__(9679);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
;// CONCATENATED MODULE: ./src/engines/offline.ts

function runRules(model, rules) {
    const findings = [];
    // One context for the file, reporting for the rule that runs: a copy of the model per rule and
    // file was a visible share of a large scan. Rules report only while they run.
    let rule = rules[0];
    const ctx = { ...model, report: (r) => findings.push(toFinding(model, rule, r)) };
    for (rule of rules) {
        let at = model.template?.root;
        try {
            if (rule.checkPolicy) {
                for (const p of model.policies) {
                    at = p.node;
                    rule.checkPolicy(p, ctx);
                }
            }
            at = model.template?.root;
            if (rule.checkTemplate && model.template)
                rule.checkTemplate(model.template, ctx);
        }
        catch (e) {
            findings.push(internalError(model, rule, at, `rule ${rule.meta.id} failed on this file`, e));
        }
    }
    return { findings };
}
/**
 * The finding for a stage or rule that threw on this file. The message names the error's kind
 * and message only (never file content) and says the file is not fully checked.
 */
function internalError(model, rule, node, what, e) {
    const err = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return (0,finding/* makeFinding */.M)({
        rule: rule.meta,
        file: model.file,
        at: { source: model.source, node: node ?? { kind: 'scalar', start: 0, end: 0, value: null } },
        approximate: node === undefined,
        severity: 'high',
        message: `Internal error: ${what} (${err.slice(0, 200)}), so the file is not fully checked. Please report it; this finding cannot be suppressed.`,
        key: 'internal-error',
        internal: true,
    });
}
function toFinding(model, rule, r) {
    return (0,finding/* makeFinding */.M)({
        rule: rule.meta,
        file: model.file,
        at: { source: model.source, node: r.node },
        message: r.message,
        severity: r.severity,
        resource: r.resource?.id ?? r.policy?.resource?.id ?? null,
        policy: r.policy?.path ?? null,
        key: r.key,
        fix: r.fix,
    });
}

// EXTERNAL MODULE: ./src/engines/construct-paths.ts + 1 modules
var construct_paths = __webpack_require__(5513);
;// CONCATENATED MODULE: ./src/engines/analyse.ts
/**
 * One file's text → findings: parse once, decide what the file is, build the model, extract the
 * policies and run every rule on that one model. Pure: no I/O, so tests drive it on strings.
 */










/** Text that mentions CloudFormation or IAM: if it does not parse, that is a finding. */
const LOOKS_RELEVANT = /AWSTemplateFormatVersion|"?Resources"?\s*:|"?Statement"?\s*:|AWS::/;
/**
 * Never throws: a stage that fails on this file (parse, model, resolution, extraction,
 * suppressions) costs this file only, as an internal-error `parse-error` that fails the run.
 */
function analyseText(file, raw, options = {}, rules = src_rules.RULES) {
    try {
        return analyse(file, raw, options, rules);
    }
    catch (e) {
        const finding = internalError({ file, source: new parse_source/* SourceText */.D(raw) }, src_rules.ruleById.get('parse-error'), undefined, 'PolicyGate failed while analysing this file', e);
        return { kind: 'unparsed', findings: [finding], directives: [], warnings: [], partial: [], policies: 0 };
    }
}
/**
 * One text checked on its own, as a scan of that one file would: analysed, then through the
 * suppression stage (Access Analyzer not run). For tests and single-text callers.
 */
function checkText(file, raw, options = {}, rules = RULES) {
    const r = analyseText(file, raw, options, rules);
    return {
        ...r,
        findings: suppressionStage({ findings: r.findings, directives: r.directives, accessAnalyzerRan: false }),
    };
}
function analyse(file, raw, options, rules) {
    let parsed;
    try {
        parsed = (0,parse/* parseText */.r4)(file, raw);
    }
    catch (e) {
        if (!(e instanceof parse/* ParseFailure */.IG))
            throw e;
        const source = new parse_source/* SourceText */.D(raw);
        if (!LOOKS_RELEVANT.test(source.text)) {
            const { line } = source.position(e.offset);
            return {
                kind: 'unparsed',
                findings: [],
                directives: [],
                warnings: [
                    {
                        file,
                        line,
                        message: `not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${e.message}); it does not look like a template or policy, so it was skipped`,
                    },
                ],
                partial: [],
                policies: 0,
            };
        }
        const node = { kind: 'scalar', start: e.offset, end: e.offset + 1, value: null };
        const finding = toFinding({ file, source }, src_rules.ruleById.get('parse-error'), {
            node,
            message: e.message,
            key: 'syntax',
        });
        return { kind: 'unparsed', findings: [finding], directives: [], warnings: [], partial: [], policies: 0 };
    }
    const { source, root } = parsed;
    const kind = looksLikeTemplate(root) ? 'template' : (0,extract/* looksLikePolicy */.QC)(root) ? 'policy' : 'other';
    if (kind === 'other') {
        // A stream whose first document is something else may still hide a template further on.
        const later = parsed.extraDocument !== undefined ? source.text.slice(parsed.extraDocument) : '';
        const warnings = later && LOOKS_RELEVANT.test(later)
            ? [
                {
                    file,
                    line: source.position(parsed.extraDocument).line,
                    message: `holds ${parsed.documents} YAML documents, and a later one looks like a template or policy; only the first is analysed (and it is neither)`,
                },
            ]
            : [];
        return { kind, findings: [], directives: [], warnings, partial: [], policies: 0 };
    }
    const template = kind === 'template' ? new Template(root, options) : undefined;
    const resolver = new resolve/* Resolver */.xR(template, options);
    const { policies, managed } = template
        ? (0,extract/* extractFromTemplate */.YR)(file, template, resolver)
        : { policies: [(0,extract/* extractFromPolicyFile */.QM)(file, root, resolver)], managed: [] };
    const model = { file, source, template, resolver, policies, managed };
    const { findings } = runRules(model, rules);
    if (template)
        (0,construct_paths/* withConstructPaths */.g)(findings, template);
    const warnings = [];
    if (parsed.extraDocument !== undefined) {
        warnings.push({
            file,
            line: source.position(parsed.extraDocument).line,
            message: `holds ${parsed.documents} YAML documents; only the first is analysed (CloudFormation reads one document per template)`,
        });
    }
    for (const c of resolver.cycles) {
        warnings.push({
            file,
            line: source.position(c.node.start).line,
            message: `condition ${c.name} refers to itself (${c.path.join(' → ')}); it is treated as unknown, and the resources it guards are analysed as if created`,
        });
    }
    const malformed = [];
    const directives = (0,suppressions/* fileDirectives */.fz)(file, source, template, src_rules.aliasIndex, parsed.format === 'yaml', malformed);
    for (const line of malformed) {
        warnings.push({
            file,
            line,
            message: 'a policygate-ignore comment whose rule list cannot be read (expected `# policygate-ignore RULE[,RULE] -- reason`); it suppresses nothing',
        });
    }
    return {
        kind,
        findings,
        directives,
        warnings,
        partial: partialResources(file, resolver),
        policies: policies.length,
        model,
        secrets: noEchoValues(template, resolver, options),
    };
}
function noEchoValues(template, r, options) {
    const out = [];
    for (const p of template?.parameters.values() ?? []) {
        if (!p.noEcho)
            continue;
        const given = (0,resolve/* givenParameter */.vD)(options, p.id);
        if (given !== undefined)
            out.push(given);
        const dflt = p.default ? r.string(p.default) : undefined;
        if (dflt !== undefined)
            out.push(dflt);
    }
    return out;
}
/** Resources whose analysis met values that could not be resolved, with the first reasons. */
function partialResources(file, r) {
    const byResource = new Map();
    // A section left unanalysed (a macro, an included snippet) is named by its section, so the
    // summary lists it like a resource.
    const placeholders = new Set(r.template?.notAnalysed ?? []);
    for (const u of r.unknowns) {
        let n = u.node;
        while (n?.parent?.parent?.parent)
            n = n.parent;
        const id = n?.parent?.key === 'Resources' && typeof n.key === 'string'
            ? n.key
            : placeholders.has(u)
                ? sectionOf(u.node)
                : null;
        const set = byResource.get(id) ?? new Set();
        set.add(u.reason);
        byResource.set(id, set);
    }
    return [...byResource].map(([resource, reasons]) => ({ file, resource, reasons: [...reasons].slice(0, 3) }));
}
/** The top-level key (`Transform`, `Mappings`, `Outputs`, …) a node sits under. */
function sectionOf(node) {
    let n = node;
    while (n.parent?.parent)
        n = n.parent;
    return typeof n.key === 'string' ? n.key : null;
}


/***/ }),

/***/ 5513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ withConstructPaths),
  Z: () => (/* binding */ withConstructPathsByFile)
});

// EXTERNAL MODULE: ./src/parse/node.ts
var node = __webpack_require__(2275);
;// CONCATENATED MODULE: ./src/template/cdk.ts
/**
 * CDK-synthesised templates record each resource's construct path (`Metadata: aws:cdk:path`):
 * the way back from a finding in `cdk.out` to the line of the CDK app that made the resource.
 */

/** Logical id → construct path, for the resources that have one. */
function constructPaths(t) {
    const out = new Map();
    for (const r of t.resources) {
        const p = (0,node/* str */.gx)((0,node/* get */.Jt)(r.metadata, 'aws:cdk:path'));
        if (p)
            out.set(r.id, p);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engines/construct-paths.ts

function withConstructPaths(findings, template) {
    const paths = constructPaths(template);
    if (!paths.size)
        return;
    for (const f of findings) {
        const p = f.resource && !f.constructPath ? paths.get(f.resource) : undefined;
        if (!p)
            continue;
        f.constructPath = p;
        f.message = `${f.message}${/[.!?]$/.test(f.message) ? '' : '.'} CDK construct: ${p}.`;
    }
}
/** The same for findings made after the files were analysed (Access Analyzer's). */
function withConstructPathsByFile(findings, models) {
    const later = findings.filter((f) => f.source !== 'policygate' && f.resource && !f.constructPath);
    if (!later.length)
        return;
    const byFile = new Map(models.map((m) => [m.file, m.template]));
    for (const f of later) {
        const t = byFile.get(f.file);
        if (t)
            withConstructPaths([f], t);
    }
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ suppressionStage)
/* harmony export */ });
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4879);
/* harmony import */ var _findings_suppressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7064);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9927);
/**
 * The one suppression stage, after every engine has run (the offline rules, nested stacks
 * analysed with their parents' values, Access Analyzer): the config's `off` and severity
 * overrides, then the files' comment and Metadata suppressions (ours and the peers') and the
 * config's `ignore:` entries over every finding alike, then the findings about the suppressions
 * themselves. Pure: findings and directives in, findings out.
 */



function suppressionStage(s) {
    const overrides = s.overrides ?? {};
    const off = (id) => Object.hasOwn(overrides, id) && overrides[id] === 'off';
    const findings = s.findings.filter((f) => f.internal || !off(f.ruleId));
    const used = (0,_findings_suppressions_js__WEBPACK_IMPORTED_MODULE_1__/* .applyDirectives */ .zh)(findings, s.directives);
    for (const { d, isUsed } of onePerPlace(s.directives, used)) {
        // A peer's suppression of a check PolicyGate does not have is that tool's business.
        if (d.peer && !d.rules.length)
            continue;
        if (!d.reason.trim())
            findings.push(about(d, 'suppression-without-reason', 'gives no reason.'));
        if (!isUsed && judged(d, off, s.accessAnalyzerRan))
            findings.push(about(d, 'suppression-unused', 'matches no finding; remove it if it is stale.'));
    }
    const out = findings.filter((f) => f.internal || !off(f.ruleId));
    for (const f of out) {
        const o = Object.hasOwn(overrides, f.ruleId) ? overrides[f.ruleId] : undefined;
        if (o && o !== 'off' && !f.internal)
            f.severity = o;
    }
    return out;
}
/**
 * Whether a suppression that matched nothing is stale. Another tool's suppression is not ours to
 * judge (teams still running cfn_nag, checkov or cdk-nag need it); one of a rule turned off had
 * nothing to match; one of an Access Analyzer id could match only if Access Analyzer ran.
 */
function judged(d, off, accessAnalyzerRan) {
    if (d.peer)
        return false;
    if (d.rules.every(off))
        return false;
    if (!accessAnalyzerRan && d.rules.every((r) => r.startsWith('access-analyzer/')))
        return false;
    return true;
}
function about(d, ruleId, says) {
    const where = d.kind === 'comment' ? 'comment' : d.kind === 'metadata' ? `Metadata of ${d.resource}` : 'config entry';
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .M)({
        rule: _rules_index_js__WEBPACK_IMPORTED_MODULE_2__.ruleById.get(ruleId).meta,
        file: d.file,
        at: { range: d.at, path: d.path },
        message: `The suppression of ${d.written} (${where}) ${says}`,
        key: `${d.kind}:${d.written}`,
    });
}
/**
 * The copies an `Fn::ForEach` makes of a resource's Metadata suppression are one suppression as
 * written: it is used when any copy is, and is reported (unused, without a reason) once.
 */
function onePerPlace(directives, used) {
    const byPlace = new Map();
    for (const d of directives) {
        const k = `${d.file}\0${d.kind}\0${d.at.line}:${d.at.column}:${d.at.endLine}:${d.at.endColumn}\0${d.written}`;
        const first = byPlace.get(k);
        if (first)
            first.isUsed ||= used.has(d);
        else
            byPlace.set(k, { d, isUsed: used.has(d) });
    }
    return [...byPlace.values()];
}


/***/ }),

/***/ 409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText)
/* harmony export */ });
/**
 * A file's bytes → its text. Templates saved by Windows editors are often UTF-16 (and now and
 * then UTF-32) with a byte-order mark: they are text, so they are decoded, not called binary.
 * Without a mark, the pattern of NUL bytes in the first characters tells the same encodings
 * apart; any other NUL byte means binary.
 */
function decodeText(buf) {
    const enc = sniff(buf);
    let text;
    switch (enc.encoding) {
        case 'utf-32le':
        case 'utf-32be':
            text = utf32(buf.subarray(enc.skip), enc.encoding === 'utf-32le');
            break;
        case 'utf-16le':
        case 'utf-16be':
            text = new TextDecoder(enc.encoding).decode(buf.subarray(enc.skip));
            break;
        default:
            text = buf.toString('utf8');
    }
    // A NUL left after decoding: not a text file PolicyGate can read.
    if (text.includes('\0'))
        return { binary: true };
    return { text, encoding: enc.encoding };
}
function sniff(b) {
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
        return { encoding: 'utf-32le', skip: 4 };
    if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return { encoding: 'utf-32be', skip: 4 };
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
        return { encoding: 'utf-16le', skip: 2 };
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
        return { encoding: 'utf-16be', skip: 2 };
    if (b.length >= 4 && b.indexOf(0) >= 0) {
        // No mark: ASCII text in a wide encoding has NULs in fixed places of each unit.
        const n = Math.min(b.length, 64) & ~3;
        let le32 = true;
        let be32 = true;
        let le16 = true;
        let be16 = true;
        for (let i = 0; i < n; i += 4) {
            le32 &&= b[i] !== 0 && b[i + 1] === 0 && b[i + 2] === 0 && b[i + 3] === 0;
            be32 &&= b[i] === 0 && b[i + 1] === 0 && b[i + 2] === 0 && b[i + 3] !== 0;
            le16 &&= b[i] !== 0 && b[i + 1] === 0 && b[i + 2] !== 0 && b[i + 3] === 0;
            be16 &&= b[i] === 0 && b[i + 1] !== 0 && b[i + 2] === 0 && b[i + 3] !== 0;
        }
        if (le32)
            return { encoding: 'utf-32le', skip: 0 };
        if (be32)
            return { encoding: 'utf-32be', skip: 0 };
        if (le16)
            return { encoding: 'utf-16le', skip: 0 };
        if (be16)
            return { encoding: 'utf-16be', skip: 0 };
    }
    return { encoding: 'utf-8', skip: 0 };
}
function utf32(b, le) {
    const parts = [];
    for (let i = 0; i + 3 < b.length; i += 4) {
        const cp = le ? b.readUInt32LE(i) : b.readUInt32BE(i);
        parts.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD');
    }
    return parts.join('');
}


/***/ }),

/***/ 2520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k4: () => (/* binding */ discover),
/* harmony export */   lH: () => (/* binding */ toRel)
/* harmony export */ });
/* unused harmony export candidateMatcher */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1068);
/**
 * Which files to read: the paths given, walked for files matching the include globs and not the
 * exclude globs. Links that lead outside the scanned folder are not followed (a warning says so),
 * nor are .git and node_modules folders.
 */





/** Whether a path (relative to the scanned folder) is a candidate: it matches `include` and not `exclude`. */
function candidateMatcher(include, exclude) {
    const included = picomatch(include.length ? include : DEFAULT_INCLUDE, { dot: true });
    const excluded = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
    return (rel) => included(rel) && !excluded(rel);
}
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const toRel = (cwd, abs) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    return rel === '' ? '.' : rel;
};
async function discover(opts) {
    const include = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(opts.include?.length ? opts.include : _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_INCLUDE */ .Zy, { dot: true });
    const excludeGlobs = opts.exclude ?? _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXCLUDE */ .lx;
    const exclude = excludeGlobs.length ? picomatch__WEBPACK_IMPORTED_MODULE_3___default()(excludeGlobs, { dot: true }) : () => false;
    const candidates = [];
    const warnings = [];
    const seen = new Set();
    /**
     * Globs match paths relative to the folder being scanned, wherever it is (`scan /elsewhere`,
     * `scan ../repo`, `scan infra`): `**` never matches `..`, so globs matched from the working
     * directory would find nothing outside it.
     */
    const globRel = (abs, root) => toRel(root, abs);
    const add = (abs, explicit, root) => {
        const rel = toRel(opts.cwd, abs);
        if (seen.has(abs))
            return;
        // A file named on the command line is read whatever its name; a walked one must match.
        const g = globRel(abs, root);
        if (!explicit && (!include(g) || exclude(g)))
            return;
        seen.add(abs);
        candidates.push({ abs, rel });
    };
    const walk = async (dir, root, visited) => {
        let entries;
        try {
            entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true });
        }
        catch (e) {
            warnings.push({
                file: toRel(opts.cwd, dir),
                line: null,
                message: `cannot read this folder: ${e.code ?? e.message}`,
            });
            return;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name) && !exclude(`${globRel(abs, root)}/`))
                    await walk(abs, root, visited);
            }
            else if (entry.isFile())
                add(abs, false, root);
            else if (!entry.isSymbolicLink()) {
                // A FIFO, socket or device with a candidate's name: never opened, but never skipped in silence.
                const rel = toRel(opts.cwd, abs);
                const g = globRel(abs, root);
                if (include(g) && !exclude(g) && !seen.has(abs)) {
                    seen.add(abs);
                    const kind = entry.isFIFO() ? 'a FIFO (named pipe)' : entry.isSocket() ? 'a socket' : 'a device';
                    warnings.push({ file: rel, line: null, message: `${kind}, not a regular file; not scanned` });
                }
            }
            else if (entry.isSymbolicLink()) {
                const rel = toRel(opts.cwd, abs);
                if (!include(globRel(abs, root)) && !(await isDir(abs)))
                    continue;
                let real;
                try {
                    real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(abs);
                }
                catch {
                    warnings.push({ file: rel, line: null, message: 'a link whose target does not exist; not read' });
                    continue;
                }
                const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root);
                if (real !== realRoot && !real.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))) {
                    warnings.push({
                        file: rel,
                        line: null,
                        message: `a link to ${real}, outside the scanned folder; not followed`,
                    });
                    continue;
                }
                if (await isDir(real)) {
                    if (!visited.has(real)) {
                        visited.add(real);
                        await walk(abs, root, visited);
                    }
                }
                else
                    add(abs, false, root);
            }
        }
    };
    for (const p of opts.paths.length ? opts.paths : ['.']) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd, p);
        let st;
        try {
            st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(abs);
        }
        catch (e) {
            warnings.push({
                file: p,
                line: null,
                message: `no such file or folder (${e.code ?? 'error'})`,
                fatal: true,
            });
            continue;
        }
        const warned = warnings.length;
        if (st.isDirectory())
            await walk(abs, abs, new Set([await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(abs)]));
        else
            add(abs, true, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs));
        const found = seen.has(abs) || candidates.some((c) => c.abs.startsWith(abs + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
        if (!found && warnings.length === warned) {
            // Never a silent success: say that this path gave nothing to scan.
            // Relative to the scan's root; absolute when it is that root ('.' would say little).
            const rel = toRel(opts.cwd, abs);
            const file = rel === '.' || rel.startsWith('../') ? abs : rel;
            warnings.push({ file, line: null, message: 'holds no file matching the paths globs; nothing scanned there' });
        }
    }
    return { candidates, warnings };
}
async function isDir(p) {
    try {
        return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   Bg: () => (/* binding */ readAtRef),
/* harmony export */   QE: () => (/* binding */ hasCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(409);
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1318);
/** `--base REF`: the files changed since the merge base with REF, from git. */




/** git's own first line of complaint, or why git could not run. */
const gitReason = (e) => (String(e.stderr ?? '')
    .trim()
    .split('\n')[0] || e.message.split('\n')[0]).replace(/^fatal: /, '');
/** No git call may hang a run (a lock, a credential prompt, a huge repository). */
const GIT_TIMEOUT_MS = 60_000;
function changedSince(cwd, base) {
    const git = (dir, ...args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 << 20,
        timeout: GIT_TIMEOUT_MS,
    });
    let top;
    try {
        top = git(cwd, 'rev-parse', '--show-toplevel').trim();
    }
    catch (e) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--base ${base}: ${cwd} is not in a git repository (${gitReason(e)})`);
    }
    if (!hasCommit(top, base))
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--base ${base}: git does not know this ref (fetch it, or check its name)`);
    let mergeBase;
    try {
        mergeBase = git(top, 'merge-base', base, 'HEAD').trim();
    }
    catch (e) {
        throw new _inputs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--base ${base}: no merge base with HEAD (${gitReason(e)})`);
    }
    // Committed and uncommitted changes since the merge base (renames under their new name), and new files.
    const names = git(top, 'diff', '--name-only', '--diff-filter=ACMRT', '-z', mergeBase).split('\0').filter(Boolean);
    const untracked = git(top, 'ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
    return new Set([...names, ...untracked].map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(top, n)));
}
/** A file's text at a git ref, or undefined when the ref or the file is not there. */
function readAtRef(cwd, ref, relPath) {
    let bytes;
    try {
        bytes = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['show', `${ref}:./${relPath}`], {
            cwd,
            stdio: ['ignore', 'pipe', 'ignore'],
            maxBuffer: 64 << 20,
            timeout: GIT_TIMEOUT_MS,
        });
    }
    catch {
        return undefined;
    }
    const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeText */ .g)(bytes);
    return 'text' in decoded ? decoded.text : undefined;
}
/** Whether a ref names a commit in the local repository (a shallow checkout may lack it). */
function hasCommit(cwd, ref) {
    try {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd, stdio: 'ignore', timeout: GIT_TIMEOUT_MS });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ readCandidate)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, kindOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(409);
/**
 * Reads one candidate file, or says in a warning why it was not read. The file is opened without
 * blocking and checked on the open descriptor, so a FIFO or device (or a file swapped for one after
 * discovery) never blocks the run. Synchronous on purpose: one open, one fstat and one read per
 * file cost less than a promise chain per file (measured: 0.72× the wall time of the async reads).
 */


/** CloudFormation accepts templates up to 1 MB; anything far beyond is not a template. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
function readCandidate(c, warnings) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(c.abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
        const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!opened.isFile()) {
            warnings.push({ file: c.rel, line: null, message: `${kindOf(opened)}, not a regular file; not scanned` });
            return undefined;
        }
        if (opened.size > MAX_FILE_BYTES) {
            warnings.push({
                file: c.rel,
                line: null,
                message: `${(opened.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB PolicyGate reads (CloudFormation's own limit is 1 MB); not scanned`,
            });
            return undefined;
        }
        const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeText */ .g)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd));
        if ('binary' in decoded) {
            warnings.push({ file: c.rel, line: null, message: 'a binary file (it holds NUL bytes); not scanned' });
            return undefined;
        }
        return decoded.text;
    }
    catch (e) {
        // A socket cannot be opened at all (ENXIO): say what it is rather than the bare code.
        const st = statOrUndefined(c.abs);
        if (st && !st.isFile()) {
            warnings.push({ file: c.rel, line: null, message: `${kindOf(st)}, not a regular file; not scanned` });
            return undefined;
        }
        warnings.push({
            file: c.rel,
            line: null,
            message: `cannot be read (${e.code ?? e.name}); not scanned`,
        });
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function statOrUndefined(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        return undefined;
    }
}
/** What a non-regular file is, for the warning. */
function kindOf(st) {
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    if (st.isDirectory())
        return 'a folder';
    return 'a special file';
}


/***/ }),

/***/ 4879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ makeFinding)
/* harmony export */ });
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1014);

function makeFinding(i) {
    const { range, path } = 'node' in i.at ? { range: (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(i.at.source, i.at.node), path: (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .pathOf */ .XM)(i.at.node) } : i.at;
    const resource = i.resource ?? null;
    const policy = i.policy ?? null;
    const f = {
        ruleId: i.rule.id,
        severity: i.severity ?? i.rule.severity,
        title: i.rule.title,
        message: i.message,
        file: i.file,
        ...range,
        resource,
        policy,
        source: i.engine ?? 'policygate',
        helpUri: i.helpUri ?? (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .helpUri */ .qU)(i.rule.id),
        fingerprint: (0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)([i.rule.id, i.file, resource, policy, path, i.key]),
        suppressed: false,
        suppression: null,
    };
    if (i.approximate)
        f.approximate = true;
    if (i.fix && 'source' in i.at)
        f.fix = fixAt(i.at.source, i.fix);
    if (i.internal)
        f.internal = true;
    return f;
}
/** The fix's range, its replacement quoted as the value it replaces was (JSON stays JSON). */
function fixAt(source, fix) {
    const written = source.text.slice(fix.node.start, fix.node.end);
    const q = written[0];
    const quoted = written.length >= 2 && (q === '"' || q === "'") && written.endsWith(q) && !/^["']/.test(fix.replacement);
    return { ...(0,_locate_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(source, fix.node), replacement: quoted ? `${q}${fix.replacement}${q}` : fix.replacement };
}


/***/ }),

/***/ 1014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   XM: () => (/* reexport safe */ _parse_node_js__WEBPACK_IMPORTED_MODULE_1__.XM),
/* harmony export */   qU: () => (/* binding */ helpUri),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parse_node_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2275);
/**
 * The one place nodes become file positions and fingerprints. Fingerprints hash the rule, file,
 * resource, policy and the node's structural path, never a line, so moving unrelated lines keeps
 * them stable.
 */


const DOCS_BASE = 'https://github.com/policygate/policygate/blob/main/docs/rules/';
const helpUri = (ruleId) => `${DOCS_BASE}${ruleId}.md`;
// The one-shot hash: a Hash object per finding was a visible share of a large scan.
function fingerprint(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', parts.map((p) => p ?? '').join('\u0000'), 'hex').slice(0, 32);
}
function locate(source, node) {
    return source.range(node.start, node.end);
}



/***/ }),

/***/ 7064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ configDirective),
/* harmony export */   fz: () => (/* binding */ fileDirectives),
/* harmony export */   zh: () => (/* binding */ applyDirectives)
/* harmony export */ });
/* unused harmony exports parseIgnoreComment, SUPPRESSION_RULES */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _parse_node_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2275);
/**
 * Suppressions, a stage after the rules (as ESLint's disable directives): YAML comments
 * (`# policygate-ignore RULE[,RULE] -- reason`) on a finding's line or the line above, resource
 * Metadata (`policygate.ignore`, and the peers' `cfn_nag.rules_to_suppress`, `checkov.skip`,
 * `cdk_nag.rules_to_suppress` through the ids in rules.md), and config `ignore:` entries. A
 * suppressed finding stays in the report, marked. Directives without a reason, and directives
 * that suppress nothing, are reported so they can be fixed or cleaned up.
 */


const MARKER = /#\s*policygate-ignore(?=\s)/;
const RULE_LIST = /^[A-Za-z0-9_/,\s-]*$/;
/**
 * `# policygate-ignore RULE[,RULE] -- reason` taken apart by hand: comments come from the pull
 * request, and a single pattern with lazy and greedy runs over the same spaces backtracked for
 * minutes on a long line. Each step here is one linear scan.
 */
function parseIgnoreComment(comment) {
    const m = MARKER.exec(comment);
    if (!m)
        return undefined;
    const rest = comment.slice(m.index + m[0].length);
    const dash = rest.indexOf('--');
    const list = dash < 0 ? rest : rest.slice(0, dash);
    // null: the marker is there but the rule list is not (a typo suppresses nothing; say so).
    if (!RULE_LIST.test(list))
        return null;
    const ids = list.split(/[,\s]+/).filter(Boolean);
    if (!ids.length)
        return null;
    return { ids, reason: dash < 0 ? '' : rest.slice(dash + 2).trim() };
}
/**
 * Directives written in a file: its YAML comments and its resources' Metadata. The lines of
 * `# policygate-ignore` comments that cannot be read are added to `malformed`.
 */
function fileDirectives(file, source, template, aliases, yaml, malformed = []) {
    const out = [];
    if (yaml) {
        for (let line = 1; line <= source.lineCount; line++) {
            const text = source.lineText(line);
            const hash = text.indexOf('#');
            if (hash < 0 || !text.includes('policygate-ignore'))
                continue;
            const m = parseIgnoreComment(text.slice(hash));
            if (m === null)
                malformed.push(line);
            if (!m)
                continue;
            const start = source.offsetOf(line, hash);
            const at = source.range(start, start + text.length - hash);
            for (const id of m.ids) {
                out.push({
                    kind: 'comment',
                    file,
                    rules: [id],
                    written: id,
                    reason: m.reason,
                    at,
                    path: '',
                    lines: [line, line + 1],
                    peer: false,
                });
            }
        }
    }
    for (const res of template?.resources ?? []) {
        const meta = res.metadata;
        if (!(0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(meta))
            continue;
        const add = (entries, idKey, reasonKey, peer) => {
            if (!(0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(entries))
                return;
            for (const e of entries.items) {
                const raw = (0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(e) ? (0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(e, idKey)) : (0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(e);
                if (!raw)
                    continue;
                const reason = ((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(e) ? (0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(e, reasonKey)) : undefined) ?? '';
                const rules = peer ? (aliases.get(`${peer}:${raw}`) ?? []) : [raw];
                out.push({
                    kind: 'metadata',
                    file,
                    rules,
                    written: peer ? `${peer} ${raw}` : raw,
                    reason,
                    at: source.range(e.start, e.end),
                    path: (0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .pathOf */ .XM)(e),
                    resource: res.id,
                    peer: Boolean(peer),
                });
            }
        };
        add((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(meta, 'policygate'), 'ignore'), 'rule', 'reason', undefined);
        add((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(meta, 'cfn_nag'), 'rules_to_suppress'), 'id', 'reason', 'cfn_nag');
        add((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(meta, 'checkov'), 'skip'), 'id', 'comment', 'checkov');
        add((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)((0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(meta, 'cdk_nag'), 'rules_to_suppress'), 'id', 'reason', 'cdk_nag');
    }
    return out;
}
function configDirective(file, source, entry, node) {
    return {
        kind: 'config',
        file,
        rules: [entry.rule],
        written: entry.rule,
        reason: entry.reason ?? '',
        at: source.range(node.start, node.end),
        path: (0,_parse_node_js__WEBPACK_IMPORTED_MODULE_0__/* .pathOf */ .XM)(node),
        resource: entry.resource,
        glob: entry.path,
        peer: false,
    };
}
const globs = new Map();
const matcher = (glob) => {
    let m = globs.get(glob);
    if (!m)
        globs.set(glob, (m = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(glob, { dot: true })));
    return m;
};
function covers(d, f) {
    if (!d.rules.includes(f.ruleId) && !d.rules.includes('*'))
        return false;
    if (d.kind !== 'config' && d.file !== f.file)
        return false;
    if (d.lines)
        return f.line >= d.lines[0] && f.line <= d.lines[1];
    if (d.kind === 'metadata')
        return f.resource === d.resource;
    if (d.resource && f.resource !== d.resource)
        return false;
    return !d.glob || matcher(d.glob)(f.file);
}
/** Findings about suppressions are not themselves suppressed; nor is PolicyGate failing. */
const SUPPRESSION_RULES = new Set(['suppression-without-reason', 'suppression-unused']);
/**
 * Marks the findings the directives cover (the first directive that covers a finding wins) and
 * returns the directives that covered at least one.
 */
function applyDirectives(findings, directives) {
    const used = new Set();
    if (!directives.length)
        return used;
    const byFile = new Map();
    const everywhere = [];
    for (const d of directives) {
        if (d.kind === 'config')
            everywhere.push(d);
        else {
            const list = byFile.get(d.file);
            if (list)
                list.push(d);
            else
                byFile.set(d.file, [d]);
        }
    }
    for (const f of findings) {
        if (f.suppressed || f.internal || SUPPRESSION_RULES.has(f.ruleId))
            continue;
        for (const d of (byFile.get(f.file) ?? []).concat(everywhere)) {
            if (!covers(d, f))
                continue;
            used.add(d);
            const reason = d.peer ? `${d.reason || 'no reason given'} (${d.written})` : d.reason;
            f.suppressed = true;
            f.suppression = { kind: d.kind, reason };
            break;
        }
    }
    return used;
}


/***/ }),

/***/ 1068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Zy: () => (/* binding */ DEFAULT_INCLUDE),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   lx: () => (/* binding */ DEFAULT_EXCLUDE),
/* harmony export */   nz: () => (/* binding */ DEFAULT_SENSITIVE_ACTIONS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   ui: () => (/* binding */ CHECKS),
/* harmony export */   vh: () => (/* binding */ ACCESS_ANALYZER_MODES)
/* harmony export */ });
/**
 * The settings' vocabulary: severities, formats, Access Analyzer checks, default globs. Owned here,
 * where options are validated, so inputs/ needs nothing from the stages that use them (they import
 * these from here).
 */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const FAIL_ON = [...SEVERITIES, 'never'];
const FORMATS = ['stylish', 'json', 'sarif', 'github'];
const ACCESS_ANALYZER_MODES = ['auto', 'on', 'off'];
const DEFAULT_CONFIG = '.github/policygate.yml';
/** Candidate files, and what is never one (interface §1); matched relative to the scanned folder. */
const DEFAULT_INCLUDE = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template'];
const DEFAULT_EXCLUDE = ['node_modules/**', '**/package*.json', '**/tsconfig*.json', '.github/workflows/**'];
const CHECKS = ['validate', 'no-new-access', 'no-public-access', 'access-not-granted'];
/** Actions that hand over control or data (the default of `sensitive-actions`). */
const DEFAULT_SENSITIVE_ACTIONS = [
    'iam:PassRole',
    'iam:CreateAccessKey',
    'iam:CreateLoginProfile',
    'iam:UpdateLoginProfile',
    'iam:AttachRolePolicy',
    'iam:AttachUserPolicy',
    'iam:PutRolePolicy',
    'iam:PutUserPolicy',
    'iam:CreatePolicyVersion',
    'iam:SetDefaultPolicyVersion',
    'iam:UpdateAssumeRolePolicy',
    'kms:Decrypt',
    'kms:ScheduleKeyDeletion',
    'kms:PutKeyPolicy',
    's3:DeleteBucket',
    's3:PutBucketPolicy',
    's3:PutBucketAcl',
    'secretsmanager:GetSecretValue',
    'ssm:GetParameters',
    'sts:AssumeRole',
    'organizations:LeaveOrganization',
    'cloudtrail:StopLogging',
    'cloudtrail:DeleteTrail',
    'ec2:DeleteFlowLogs',
    'lambda:UpdateFunctionCode',
    'dynamodb:DeleteTable',
    'rds:DeleteDBInstance',
];


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A flag, value or config the run cannot work with: exit code 2 with this message. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 5057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ MAY_NEST),
  G: () => (/* binding */ followNestedStacks)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/files/discover.ts
var discover = __webpack_require__(2520);
// EXTERNAL MODULE: ./src/files/git.ts
var git = __webpack_require__(5071);
// EXTERNAL MODULE: ./src/engines/analyse.ts + 3 modules
var analyse = __webpack_require__(2542);
// EXTERNAL MODULE: ./src/findings/locate.ts
var locate = __webpack_require__(1014);
// EXTERNAL MODULE: ./src/parse/node.ts
var parse_node = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/template/values.ts
var values = __webpack_require__(4478);
;// CONCATENATED MODULE: ./src/template/nested-stacks.ts
/**
 * The nested stacks a template declares: `AWS::CloudFormation::Stack` (its `TemplateURL`, or the
 * asset path CDK records in its Metadata) and SAM's `AWS::Serverless::Application` (`Location`),
 * with the parameter values the parent passes, resolved in the parent. Local paths are followed
 * (before `aws cloudformation package` / `sam package` they name a file next to the parent); an S3
 * URL or a Serverless Application Repository application is named as not analysed.
 */


const REMOTE = /^(https?|s3):\/\//i;
function nestedStacks(t, r) {
    const out = [];
    for (const res of t.ofType('AWS::CloudFormation::Stack', 'AWS::Serverless::Application')) {
        if (!r.created(res.condition))
            continue;
        const props = r.view(res.properties);
        const isApp = res.type === 'AWS::Serverless::Application';
        const locNode = (0,parse_node/* get */.Jt)(props, isApp ? 'Location' : 'TemplateURL');
        const base = { resource: res, node: locNode ?? res.idNode, parameters: parameters((0,parse_node/* get */.Jt)(props, 'Parameters'), t, r) };
        // CDK writes the nested template as an asset of the cloud assembly and says which file it is.
        const asset = (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(res.metadata, 'aws:asset:path'));
        if (asset && (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(res.metadata, 'aws:asset:property')) === 'TemplateURL') {
            out.push({ ...base, path: asset });
            continue;
        }
        if (isApp && (0,parse_node/* isMap */.jh)(r.view(locNode))) {
            const app = r.string((0,parse_node/* get */.Jt)(r.view(locNode), 'ApplicationId')) ?? 'an application';
            out.push({ ...base, notFollowed: `a Serverless Application Repository application (${app}): not analysed` });
            continue;
        }
        const loc = r.string(locNode);
        const key = assetKey(locNode);
        const cdk = key ? { cdkAssetKey: key } : {};
        if (loc === undefined) {
            // `!Sub https://…/${Bucket}/x.yaml`: an uploaded template whatever the bucket turns out to be.
            const sub = (0,parse_node/* get */.Jt)(locNode, 'Fn::Sub');
            const written = (0,parse_node/* str */.gx)((0,parse_node/* isSeq */.oP)(sub) ? sub.items[0] : sub);
            const why = (0,values/* isUnknown */.t8)(r.value(locNode)) ? 'is not known offline' : 'is missing';
            out.push({
                ...base,
                ...cdk,
                notFollowed: written && REMOTE.test(written)
                    ? `the nested stack's template is at ${written}, which is not read: not analysed`
                    : `the nested stack's template location ${why}: not analysed`,
            });
        }
        else if (REMOTE.test(loc)) {
            out.push({
                ...base,
                ...cdk,
                notFollowed: `the nested stack's template is at ${loc}, which is not read: not analysed`,
            });
        }
        else {
            out.push({ ...base, path: loc.replace(/^file:\/\//, '') });
        }
    }
    return out;
}
/**
 * Known values only: a list parameter is passed as its comma-joined items. A value made from the
 * parent's resources (`!GetAtt Network.Outputs.VpcId`, `!Ref Bucket`) resolves to a placeholder
 * name, not what the child will really get, so it is left unknown.
 */
function parameters(node, t, r) {
    const out = {};
    const map = r.view(node);
    if (!(0,parse_node/* isMap */.jh)(map))
        return out;
    for (const p of map.pairs) {
        if (fromResources(p.value, t))
            continue;
        const x = r.value(p.value);
        const s = (0,values/* asString */.oJ)(x);
        if (s !== undefined)
            out[String(p.key.value)] = s;
        else if (Array.isArray(x) && x.every((i) => (0,values/* asString */.oJ)(i) !== undefined)) {
            out[String(p.key.value)] = x.map(values/* asString */.oJ).join(',');
        }
    }
    return out;
}
function fromResources(n, t) {
    const names = (name) => !name.startsWith('AWS::') && !t.parameters.has(name);
    const stack = [n];
    while (stack.length) {
        const x = stack.pop();
        if ((0,parse_node/* isSeq */.oP)(x))
            stack.push(...x.items);
        if (!(0,parse_node/* isMap */.jh)(x))
            continue;
        for (const p of x.pairs) {
            const k = p.key.value;
            if (k === 'Fn::GetAtt' || k === 'Fn::ImportValue' || k === 'Fn::GetStackOutput')
                return true;
            if (k === 'Ref' && names((0,parse_node/* str */.gx)(p.value) ?? ''))
                return true;
            if (k === 'Fn::Sub') {
                const tpl = (0,parse_node/* str */.gx)((0,parse_node/* isSeq */.oP)(p.value) ? p.value.items[0] : p.value) ?? '';
                const vars = (0,parse_node/* isSeq */.oP)(p.value) && (0,parse_node/* isMap */.jh)(p.value.items[1]) ? p.value.items[1].pairs.map((v) => v.key.value) : [];
                for (const m of tpl.matchAll(/\$\{([^}!][^}]*)\}/g)) {
                    const v = m[1].trim();
                    if (!vars.includes(v) && (v.includes('.') || names(v)))
                        return true;
                }
            }
            stack.push(p.value);
        }
    }
    return false;
}
/** The `<sha256>.json` a CDK TemplateURL (an Fn::Join of the assets bucket and key) ends in. */
function assetKey(n) {
    const stack = n ? [n] : [];
    while (stack.length) {
        const x = stack.pop();
        if (x.kind === 'scalar') {
            const m = typeof x.value === 'string' ? /\/?([0-9a-f]{64}\.json)$/.exec(x.value) : null;
            if (m)
                return m[1];
        }
        else if (x.kind === 'seq')
            stack.push(...x.items);
        else
            stack.push(...x.pairs.map((p) => p.value));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/nested-scan.ts
/**
 * Nested stacks across files: each child template is analysed again with the parameter values its
 * parent passes (resolved in the parent), in addition to alone. A finding only those values bring
 * out names the parent in its message and has its own fingerprint. When the scan is narrowed to
 * changed files (a pull request, `--base`), a change to a parent or to a child brings in the other
 * file of the pair. Missing children and cycles are warnings, never failures.
 */







/** CloudFormation allows five levels of nesting below the root; more is a loop we missed. */
const MAX_DEPTH = 6;
/** Bounds the work on a repository of many stacks sharing children. */
const MAX_PAIR_ANALYSES = 500;
const MAX_BYTES = 5 * 1024 * 1024;
/** A parent must say one of these: other unscanned files are not parsed to look for children. */
const MAY_NEST = /AWS::CloudFormation::Stack|AWS::Serverless::Application/;
/**
 * A rule of the pipeline, not of the content: the child alone already reports it. (Findings about
 * suppressions come from the one stage after every engine, never from a file's analysis.)
 */
const NOT_REPEATED = new Set(['parse-error']);
async function followNestedStacks(s) {
    const run = new Run(s);
    try {
        await run.bringInPairs();
        // Files brought in while following are appended, and followed in turn.
        for (let i = 0; i < s.models.length; i++)
            await run.children(s.models[i], [s.models[i].file], 0);
    }
    catch (e) {
        // The files themselves were analysed; only the pairing is lost, and the report says so.
        s.result.warnings.push({ file: '.', line: null, message: `nested stacks not followed: ${e.message}` });
    }
}
class Run {
    s;
    /** Files analysed already (the scan keeps the models of nesting parents only). */
    done = new Set();
    warned = new Set();
    assets = new Map();
    analyses = 0;
    constructor(s) {
        this.s = s;
        for (const c of s.scanned)
            this.done.add(c.rel);
        for (const m of s.models)
            this.done.add(m.file);
    }
    /** On a narrowed scan: the children of changed parents, and the parents of changed children. */
    async bringInPairs() {
        const { candidates, scanned, models } = this.s;
        if (scanned.length === candidates.length)
            return;
        for (const m of [...models]) {
            for (const child of this.local(m))
                if (!this.done.has(child.rel))
                    await this.analyseAlone(child.rel);
        }
        const inScan = new Set(scanned.map((c) => c.rel));
        for (const c of candidates) {
            if (inScan.has(c.rel) || this.done.has(c.rel))
                continue;
            const text = await this.read(c.rel);
            if (text === undefined || !MAY_NEST.test(text))
                continue;
            const parent = (0,analyse/* analyseText */.F)(c.rel, text, this.s.opts, []).model;
            if (parent && this.local(parent).some((child) => inScan.has(child.rel)))
                await this.analyseAlone(c.rel);
        }
    }
    /** The parent's children with a local template, as repository-relative paths. */
    local(m) {
        if (!m.template)
            return [];
        const out = [];
        for (const n of this.nested(m)) {
            if (!n.path)
                continue;
            const abs = external_node_path_default().resolve(this.s.opts.cwd, external_node_path_default().dirname(m.file), n.path);
            const rel = (0,discover/* toRel */.lH)(this.s.opts.cwd, abs);
            if (rel.startsWith('../') || external_node_path_default().isAbsolute(rel)) {
                this.warn(m, n, `nested stack ${n.resource.id}: ${n.path} is outside the repository; not followed`);
                continue;
            }
            out.push({ ...n, rel });
        }
        return out;
    }
    /** The template's nested stacks, CDK asset keys looked up in the cloud assembly beside it. */
    nested(m) {
        if (!m.template)
            return [];
        return nestedStacks(m.template, m.resolver).map((n) => {
            const file = n.cdkAssetKey ? this.assetFiles(external_node_path_default().dirname(m.file)).get(n.cdkAssetKey) : undefined;
            return file ? { ...n, path: file, notFollowed: undefined } : n;
        });
    }
    /** `*.assets.json` of a cloud assembly folder: object key → the file it is uploaded from. */
    assetFiles(dir) {
        const cached = this.assets.get(dir);
        if (cached)
            return cached;
        const out = new Map();
        this.assets.set(dir, out);
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(external_node_path_default().join(this.s.opts.cwd, dir)).filter((f) => f.endsWith('.assets.json'));
        }
        catch {
            return out;
        }
        for (const name of names) {
            try {
                const manifest = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(this.s.opts.cwd, dir, name), 'utf8'));
                for (const asset of Object.values(manifest.files ?? {})) {
                    const source = asset.source?.path;
                    if (!source?.endsWith('.template.json'))
                        continue;
                    for (const d of Object.values(asset.destinations ?? {}))
                        if (d.objectKey)
                            out.set(d.objectKey, source);
                }
            }
            catch {
                // Not a manifest we can read: the nested stack stays "not analysed".
            }
        }
        return out;
    }
    /** Follows each child of `parent` with the values it passes, then the child's own children. */
    async children(parent, chain, depth) {
        if (!parent.template)
            return;
        for (const n of this.nested(parent)) {
            if (n.notFollowed && depth === 0) {
                this.s.result.partial.push({ file: parent.file, resource: n.resource.id, reasons: [n.notFollowed] });
            }
        }
        for (const child of this.local(parent)) {
            if (chain.includes(child.rel)) {
                const cycle = [...chain.slice(chain.indexOf(child.rel)), child.rel].join(' → ');
                this.warn(parent, child, `nested stacks form a cycle (${cycle}); not followed further`);
                continue;
            }
            if (depth >= MAX_DEPTH) {
                this.warn(parent, child, `nested stack ${child.resource.id}: nesting deeper than ${MAX_DEPTH}; not followed`);
                continue;
            }
            const text = await this.read(child.rel);
            if (text === undefined) {
                this.warn(parent, child, `nested stack ${child.resource.id}: its template ${child.path} was not found`);
                continue;
            }
            if (!this.done.has(child.rel))
                await this.analyseAlone(child.rel, text);
            if (!Object.keys(child.parameters).length || ++this.analyses > MAX_PAIR_ANALYSES)
                continue;
            const withParent = (0,analyse/* analyseText */.F)(child.rel, text, { ...this.s.opts, parameters: { ...pseudo(this.s.opts.parameters), ...child.parameters } }, this.s.rules);
            this.addParentFindings(withParent, parent.file, child.resource.id);
            if (withParent.model)
                await this.children(withParent.model, [...chain, child.rel], depth + 1);
        }
    }
    /** The findings the parent's values bring out, beyond what the child alone gets. */
    addParentFindings(r, parentFile, resourceId) {
        const { result } = this.s;
        const file = r.model?.file;
        const alone = new Set(result.findings.filter((f) => f.file === file).map((f) => f.fingerprint));
        const added = [];
        for (const f of r.findings) {
            if (NOT_REPEATED.has(f.ruleId) || alone.has(f.fingerprint))
                continue;
            added.push({
                ...f,
                message: `${sentence(f.message)} Found with the parameters ${parentFile} passes to it as ${resourceId}.`,
                fingerprint: (0,locate/* fingerprint */.Rj)([f.fingerprint, 'nested-in', parentFile, resourceId]),
            });
        }
        // Two parents (or one parent twice) bringing out the same finding: each is its own.
        const seen = new Set(result.findings.map((f) => f.fingerprint));
        result.findings.push(...added.filter((f) => !seen.has(f.fingerprint)));
    }
    async analyseAlone(rel, known) {
        const text = known ?? (await this.read(rel));
        if (text === undefined)
            return;
        const r = (0,analyse/* analyseText */.F)(rel, text, this.s.opts, this.s.rules);
        const { result, models } = this.s;
        this.done.add(rel);
        result.files++;
        if (r.kind === 'template')
            result.templates++;
        result.policies += r.policies;
        result.findings.push(...r.findings);
        result.warnings.push(...r.warnings);
        result.partial.push(...r.partial);
        for (const d of r.directives)
            this.s.directives.push(d);
        if (r.model)
            models.push(r.model);
    }
    warn(parent, n, message) {
        const key = `${parent.file}\u0000${message}`;
        if (this.warned.has(key))
            return;
        this.warned.add(key);
        const line = parent.source.position(n.node.start).line;
        this.s.result.warnings.push({ file: parent.file, line, message });
    }
    /** The file's text (at the pull request's head when the scan reads there), or undefined. */
    async read(rel) {
        const { cwd } = this.s.opts;
        const atRef = this.s.readAt ? (0,git/* readAtRef */.Bg)(cwd, this.s.readAt, rel) : undefined;
        if (atRef !== undefined)
            return atRef;
        try {
            const abs = external_node_path_default().join(cwd, rel);
            const st = await external_node_fs_.promises.stat(abs);
            if (!st.isFile() || st.size > MAX_BYTES)
                return undefined;
            const buf = await external_node_fs_.promises.readFile(abs);
            return buf.includes(0) ? undefined : buf.toString('utf8');
        }
        catch {
            return undefined;
        }
    }
}
/** The pseudo parameters the user gave (`--parameter AWS::Region=…`) hold for the child too. */
function pseudo(given) {
    return Object.fromEntries(Object.entries(given ?? {}).filter(([k]) => k.startsWith('AWS::')));
}
/** The rule's message as a sentence, so another can follow it. */
function sentence(message) {
    return /[.!?]$/.test(message) ? message : `${message}.`;
}


/***/ }),

/***/ 6056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ParseFailure)
/* harmony export */ });
/** A file that cannot be read as YAML or JSON: the message and where it went wrong. */
class ParseFailure extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'ParseFailure';
    }
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IG: () => (/* reexport */ parse_errors/* ParseFailure */.I),
  r4: () => (/* binding */ parseText)
});

// UNUSED EXPORTS: formatOf

// EXTERNAL MODULE: ./src/parse/source.ts
var parse_source = __webpack_require__(3226);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/parse/node.ts
var node = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/parse/errors.ts
var parse_errors = __webpack_require__(6056);
// EXTERNAL MODULE: ./src/parse/limits.ts
var limits = __webpack_require__(4659);
;// CONCATENATED MODULE: ./src/parse/json.ts
/**
 * JSON → the shared node tree, through jsonc-parser's positional `parseTree` (offsets per node,
 * far faster than a YAML parser on the same text).
 */




function parseJson(text) {
    checkNesting(text);
    const errors = [];
    const tree = (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length) {
        const e = errors[0];
        throw new parse_errors/* ParseFailure */.I(`invalid JSON: ${describe((0,main.printParseErrorCode)(e.error))}`, e.offset);
    }
    if (!tree)
        return undefined;
    const root = convert(tree);
    checkDuplicateKeys(root);
    (0,node/* link */.nf)(root);
    return root;
}
/**
 * One pass over the text counting open brackets outside strings, before the recursive parser
 * sees it: the first bracket past MAX_NESTING is where the file stops being read.
 */
function checkNesting(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > limits/* MAX_NESTING */.M)
                throw new parse_errors/* ParseFailure */.I((0,limits/* nestingMessage */.c)(), i);
        }
        else if ((c === 0x5d || c === 0x7d) && depth > 0)
            depth--;
    }
}
function describe(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function convert(j) {
    const start = j.offset;
    const end = j.offset + j.length;
    switch (j.type) {
        case 'object':
            return {
                kind: 'map',
                start,
                end,
                pairs: (j.children ?? []).map((prop) => {
                    const [k, v] = prop.children ?? [];
                    const value = v
                        ? convert(v)
                        : { kind: 'scalar', start: k.offset + k.length, end: k.offset + k.length, value: null };
                    return { key: { kind: 'scalar', start: k.offset, end: k.offset + k.length, value: String(k.value) }, value };
                }),
            };
        case 'array':
            return { kind: 'seq', start, end, items: (j.children ?? []).map(convert) };
        default:
            return { kind: 'scalar', start, end, value: j.value ?? null };
    }
}
function checkDuplicateKeys(root) {
    const stack = [root];
    while (stack.length) {
        const n = stack.pop();
        if (n.kind === 'map') {
            const seen = new Set();
            for (const p of n.pairs) {
                const k = String(p.key.value);
                // CloudFormation rejects a template with a repeated key; JSON.parse would keep the last.
                if (seen.has(k))
                    throw new parse_errors/* ParseFailure */.I(`duplicate key "${k}"`, p.key.start);
                seen.add(k);
                stack.push(p.value);
            }
        }
        else if (n.kind === 'seq')
            for (const item of n.items)
                stack.push(item);
    }
}

// EXTERNAL MODULE: ./src/parse/yaml.ts
var yaml = __webpack_require__(8852);
;// CONCATENATED MODULE: ./src/parse/index.ts
/** One entry point: a file's text → its node tree, or a ParseFailure with the offset. */



/** JSON by extension, YAML by extension; otherwise (`.template`) by the first character. */
function formatOf(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'yaml';
}
/** Throws ParseFailure; the offset is into `source.text` (BOM removed). */
function parseText(path, raw) {
    const source = new parse_source/* SourceText */.D(raw);
    const format = formatOf(path, raw);
    if (format === 'json')
        return { source, format, root: parseJson(source.text), documents: 1 };
    const { root, documents, extraDocument } = (0,yaml/* parseYaml */.h)(source.text);
    return { source, format, root, documents, extraDocument };
}



/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MAX_NESTING),
/* harmony export */   c: () => (/* binding */ nestingMessage)
/* harmony export */ });
/**
 * How deep a file may nest. Files come from the pull request: a JSON or YAML file nested a few
 * thousand levels deep overflowed the parsers' (and every later walk's) stack and lost the whole
 * run. Real templates nest a few dozen levels (intrinsics included); past this the file is a
 * `parse-error` at the line where the limit is hit.
 */
const MAX_NESTING = 256;
const nestingMessage = () => `nested deeper than ${MAX_NESTING} levels; PolicyGate stops there and does not analyse this file`;


/***/ }),

/***/ 3226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
/** A file's text and the one mapping from offsets to 1-based lines and columns. */
class SourceText {
    text;
    lineStarts;
    constructor(raw) {
        // A byte-order mark is not a column: drop it so offsets and columns match what editors show.
        this.text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        const starts = [0];
        for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.lineStarts = starts;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
    }
    range(start, end) {
        const a = this.position(start);
        // Never run past the end of the start's line's content into a CR of a CRLF pair.
        let e = Math.max(start, end);
        while (e > start && (this.text[e - 1] === '\n' || this.text[e - 1] === '\r'))
            e--;
        const b = this.position(e);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** The text of one line (1-based), without its line break. */
    lineText(line) {
        const s = this.lineStarts[line - 1];
        if (s === undefined)
            return '';
        const next = this.lineStarts[line] ?? this.text.length + 1;
        return this.text.slice(s, next - 1).replace(/\r$/, '');
    }
    /** The offset of a 1-based line and 0-based column. */
    offsetOf(line, column0) {
        return (this.lineStarts[line - 1] ?? this.text.length) + column0;
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}


/***/ }),

/***/ 8852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2275);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6056);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4659);
/**
 * YAML → the shared node tree. CloudFormation's short-form tags (`!Ref`, `!GetAtt`, `!Sub`, …) are
 * rewritten to their long form (`{ Ref: … }`, `{ "Fn::GetAtt": … }`) at the tagged node's range, so
 * rules and intrinsic resolution see one shape for YAML and JSON.
 */




const LONG_FORM = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!GetAtt': 'Fn::GetAtt',
    '!Sub': 'Fn::Sub',
    '!If': 'Fn::If',
    '!Join': 'Fn::Join',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!FindInMap': 'Fn::FindInMap',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!ImportValue': 'Fn::ImportValue',
    '!GetAZs': 'Fn::GetAZs',
    '!Equals': 'Fn::Equals',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!Not': 'Fn::Not',
    '!Transform': 'Fn::Transform',
    '!Length': 'Fn::Length',
    '!ToJsonString': 'Fn::ToJsonString',
    '!ForEach': 'Fn::ForEach',
    // The Rules section's own functions (Fn::And/Or/Not/Equals above serve rules too).
    '!Contains': 'Fn::Contains',
    '!EachMemberEquals': 'Fn::EachMemberEquals',
    '!EachMemberIn': 'Fn::EachMemberIn',
    '!RefAll': 'Fn::RefAll',
    '!ValueOf': 'Fn::ValueOf',
    '!ValueOfAll': 'Fn::ValueOfAll',
};
/**
 * Rain's pre-processing directives (`!Rain::Module`, `!Rain::Embed`, …) are replaced before the
 * template reaches CloudFormation: kept as `{ "Rain::X": … }` so the model can say what it skipped.
 */
const RAIN_TAG = /^!Rain::[A-Za-z0-9]+$/;
/**
 * Parses the first document of `text`. Aliases are expanded under a node budget proportional to
 * the text, so an alias bomb stops with a ParseFailure instead of exhausting memory.
 */
function parseYaml(text) {
    // The library's lexer and CST parser are iterative, its composer is not (and a few thousand
    // levels crash the process outright): measure the CST's depth before composing it.
    const tokens = Array.from(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX().parse(text));
    for (const t of tokens)
        checkNesting(t);
    const docs = Array.from(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ uniqueKeys: true, version: '1.2', prettyErrors: false }).compose(tokens));
    const doc = docs[0];
    if (!doc)
        return { root: undefined, documents: 0 };
    const err = doc.errors[0];
    if (err)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I(cleanYamlMessage(err.message), err.pos[0]);
    const budget = { left: 4 * text.length + 10_000, aliases: new Map() };
    const root = doc.contents ? convert(doc.contents, doc, text, budget, 0) : undefined;
    if (root)
        (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(root);
    // A trailing `---` with nothing after it is an empty document, not a second one.
    const more = docs.slice(1).filter((d) => d.contents !== null && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(d.contents) && d.contents.value === null));
    return { root, documents: 1 + more.length, extraDocument: more[0]?.range[0] };
}
/** The CST's nesting, walked with an explicit stack; throws at the first token past the limit. */
function checkNesting(root) {
    const stack = [[root, 0]];
    while (stack.length) {
        const [t, depth] = stack.pop();
        if (depth > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NESTING */ .M)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I((0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .nestingMessage */ .c)(), 'offset' in t ? t.offset : 0);
        if (t.type === 'document' && t.value)
            stack.push([t.value, depth]);
        else if ('items' in t && Array.isArray(t.items)) {
            for (const item of t.items) {
                if (item.key)
                    stack.push([item.key, depth + 1]);
                if (item.value)
                    stack.push([item.value, depth + 1]);
            }
        }
    }
}
function cleanYamlMessage(message) {
    // The library appends " at line N, column M:" and a snippet; the caller adds its own position.
    return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}
/** `via`: inside an alias's expansion, the offset of the alias (where a problem is reported). */
function convert(y, doc, text, budget, depth, via) {
    // Aliases nest without nesting the text (each anchor one level deeper than the last).
    if (depth > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NESTING */ .M)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I((0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .nestingMessage */ .c)(), via ?? y.range?.[0] ?? 0);
    if (--budget.left < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I('the YAML expands past a safe size (an alias bomb?); file not analysed', y.range?.[0] ?? 0);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(y)) {
        // Each alias is looked up once: the library walks the whole document per lookup, and a chain
        // of anchors would repeat that walk for every level of every expansion.
        if (!budget.aliases.has(y))
            budget.aliases.set(y, y.resolve(doc));
        const target = budget.aliases.get(y);
        if (!target)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I(`unknown alias *${y.source}`, y.range?.[0] ?? 0);
        return convert(target, doc, text, budget, depth, via ?? y.range?.[0]);
    }
    const [start, end] = y.range ?? [0, 0, 0];
    let node;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(y)) {
        const map = { kind: 'map', start, end, pairs: [] };
        for (const pair of y.items) {
            const k = pair.key;
            const keyNode = k && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k)
                ? { kind: 'scalar', start: k.range[0], end: k.range[1], value: keyString(k, text) }
                : { kind: 'scalar', start, end: start, value: '' };
            if (k && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I('a mapping key must be a plain value', k.range?.[0] ?? start);
            const v = pair.value;
            const value = v
                ? convert(v, doc, text, budget, depth + 1, via)
                : { kind: 'scalar', start: keyNode.end, end: keyNode.end, value: null };
            map.pairs.push({ key: keyNode, value });
        }
        node = map;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(y)) {
        node = {
            kind: 'seq',
            start,
            end,
            items: y.items.map((i) => convert(i, doc, text, budget, depth + 1, via)),
        };
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(y)) {
        let value = y.value;
        // An unquoted 012345678901 is an account id, not the number 12345678901.
        if (typeof value === 'number' && y.type === 'PLAIN' && /^[-+]?0\d/.test(text.slice(start, end))) {
            value = text.slice(start, end);
        }
        node = { kind: 'scalar', start, end, value: normaliseScalar(value) };
    }
    else {
        node = { kind: 'scalar', start, end, value: null };
    }
    const tag = y.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
        const long = LONG_FORM[tag] ?? (RAIN_TAG.test(tag) ? tag.slice(1) : undefined);
        if (!long)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I(`unknown tag ${tag}`, start);
        // The intrinsic starts at its tag (`!Sub …`), which the library's range leaves out.
        const at = text.lastIndexOf(tag, start);
        const tagStart = at >= 0 && !text.slice(at, start).includes('\n') ? at : start;
        const tagKey = { kind: 'scalar', start: tagStart, end: tagStart + tag.length, value: long };
        return { kind: 'map', start: tagStart, end, pairs: [{ key: tagKey, value: node }] };
    }
    return node;
}
/**
 * A mapping key as written: plain keys such as `Null` (the IAM condition operator), `true` or
 * `1` stay the text they are, not YAML's null, boolean or number.
 */
function keyString(k, text) {
    if (k.type === 'PLAIN' && k.range)
        return text.slice(k.range[0], k.range[1]);
    return k.value === null || k.value === undefined ? '' : String(k.value);
}
function normaliseScalar(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    return String(v);
}


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanFile: () => (/* binding */ scanFile)
/* harmony export */ });
/* harmony import */ var _files_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _files_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9823);
/* harmony import */ var _engines_analyse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2542);
/* harmony import */ var _nested_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5057);




function scanFile(c, ctx, rules, keepModel) {
    const readWarnings = [];
    const disk = (0,_files_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readCandidate */ .G9)(c, readWarnings);
    const text = disk !== undefined && ctx.readAt ? ((0,_files_git_js__WEBPACK_IMPORTED_MODULE_0__/* .readAtRef */ .Bg)(ctx.cwd, ctx.readAt, c.rel) ?? disk) : disk;
    if (text === undefined)
        return { readWarnings, mayNest: false };
    const result = (0,_engines_analyse_js__WEBPACK_IMPORTED_MODULE_2__/* .analyseText */ .F)(c.rel, text, ctx.options, rules);
    const mayNest = result.model?.template !== undefined && _nested_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .MAY_NEST */ .L.test(text);
    if (keepModel)
        return { readWarnings, result, mayNest };
    delete result.model;
    return { readWarnings, result, mayNest, ...(mayNest ? { text } : {}) };
}


/***/ })

};
