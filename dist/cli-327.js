export const id = 327;
export const ids = [327];
export const modules = {

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ analyseText)
});

// UNUSED EXPORTS: checkText

// EXTERNAL MODULE: ./src/parse/index.ts
var parse = __webpack_require__(2475);
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
            if (!loop.tuples) {
                // A collection known only at deploy time: the body is still read once, its identifiers
                // left unknown (`${Name}` stays as written, `Ref: Name` resolves to nothing known), so a
                // PublicRead bucket in the loop is reported; the report lists the loop as partly analysed.
                this.notExpanded.push({
                    node: p.key,
                    reason: `${k}: its collection is not known offline (${loop.why}); its body is analysed once, with ${loop.ids.join(', ')} unknown`,
                });
                const unbound = new Map([...b].filter(([id]) => !loop.ids.includes(id)));
                out.push(...this.pairs(loop.body, unbound));
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
            // Unknown offline: the caller reads the body once. A collection of the wrong shape fails.
            if ((0,values/* isUnknown */.t8)(value))
                return { ids: ids, tuples: undefined, why: value.reason, body: v.items[2] };
            return fail(`its collection is not known offline (it does not give ${ids.length === 1 ? 'strings' : 'lists of strings'})`);
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

// EXTERNAL MODULE: ./src/template/resolve.ts + 3 modules
var resolve = __webpack_require__(6137);
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

;// CONCATENATED MODULE: ./src/template/resource-types-data.ts
// Generated by scripts/gen-cfn-spec.mjs from @aws-cdk/aws-service-spec 0.1.216; do not edit.
// Each service maps to "Type:i.j.k" entries joined by ";", i, j, k indexes (base 36) into `names`.
const resourceTypes = {
    version: "0.1.216",
    names: "ACLName,ADM,AIAgentId,AIGuardrailId,AIMLOptions,AIPromptId,AIVersion,AIWorkloadConfigName,AIWorkloadConfigs,APNS,AWSLocation,AWSServiceName,AZMode,AbacStatus,AbortConfig,AccelerateConfiguration,AccelerationSettings,AcceleratorArn,AcceleratorTypes,Accelerators,AcceptBucketWarning,AcceptDirectConnectGatewayAssociationProposalRoleArn,AcceptLanguage,AcceptRoleSessionName,AcceptTermsAndConditions,AcceptanceRequired,AcceptanceTimeoutSeconds,AccessAssociationSource,AccessAssociationSourceType,AccessConfig,AccessConfiguration,AccessControl,AccessControlAttributes,AccessControlConfiguration,AccessEndpoint,AccessEndpoints,AccessGrantsLocationConfiguration,AccessGrantsLocationId,AccessGroupId,AccessKey,AccessLevel,AccessLogLocation,AccessLogSetting,AccessLogSettings,AccessLoggingEnabled,AccessLoggingPolicy,AccessPointArn,AccessPointTags,AccessPolicies,AccessPolicy,AccessPolicyId,AccessPolicyIdentity,AccessPolicyPermission,AccessPolicyResource,AccessRights,AccessRole,AccessRoleArn,AccessRules,AccessString,AccessToken,AccessTokenValidity,AccessType,AccessTypes,AccessorType,Account,AccountAccessType,AccountAggregationSources,AccountAlias,AccountColor,AccountDefaultForOperations,AccountGrouping,AccountId,AccountIds,AccountLinked,AccountList,AccountName,AccountRecoverySetting,AccountTakeoverRiskConfiguration,Accounts,AcmCertificateArn,AcmeEndpointArn,Action,ActionConfigurations,ActionConnectorId,ActionConnectors,ActionGroups,ActionLogLineCount,ActionLogLineRoleArn,ActionName,ActionOnFailure,ActionParams,ActionThreshold,ActionType,Actions,ActionsEnabled,ActionsSuppressor,ActionsSuppressorExtensionPeriod,ActionsSuppressorWaitPeriod,Activate,ActivationKey,Active,ActiveCertificateAuthorityId,ActiveDate,ActiveDirectoryConfiguration,ActiveModelArn,AdConditioningConfiguration,AdDecisionServerConfiguration,AdDecisionServerUrl,AdapterName,AddOns,AddPrivateKey,AddSubnetIds,AdditionalAccounts,AdditionalArtifacts,AdditionalAuthenticationProviders,AdditionalCodeRepositories,AdditionalEmailAddresses,AdditionalEncryptionContext,AdditionalInferenceSpecifications,AdditionalInferenceSpecificationsToAdd,AdditionalInfo,AdditionalInstanceConfiguration,AdditionalMetricsToRetainV2,AdditionalOsCapabilities,AdditionalPeerNetworkCidrs,AdditionalPlayerCount,AdditionalSchemaElements,AdditionalStorageVolumes,AdditionalTreatments,AddonName,AddonSubscriptionId,AddonVersion,Address,AddressFamily,AddressListName,Addresses,AdjustmentType,AdminAccountId,AdminCreateUserConfig,AdminPasswordSecretKmsKeyId,AdminRole,AdminRoleArn,AdminUserName,AdminUserPassword,AdminUsername,AdministrationRoleARN,Admins,AdsPersonalizationConcurrency,AdsPersonalizationTimeouts,AdvancedEventSelectors,AdvancedOptions,AdvancedSecurityOptions,Affinity,After,AfterContactWorkConfigs,AgentAccessConfig,AgentAliasName,AgentArns,AgentAvailabilityTimer,AgentCollaboration,AgentCollaborators,AgentId,AgentLifecycle,AgentName,AgentPermissions,AgentResourceRoleArn,AgentRuntimeArtifact,AgentRuntimeId,AgentRuntimeName,AgentRuntimeVersion,AgentSpaceId,AgentVersion,Aggregation,AggregationConfiguration,AggregationConfigurations,AggregationDuration,AggregationField,AggregationPeriod,AggregationType,AirflowConfigurationOptions,AirflowVersion,AlarmActions,AlarmCapabilities,AlarmConfiguration,AlarmDescription,AlarmEventActions,AlarmModelDescription,AlarmModelName,AlarmName,AlarmRule,Alarms,AlertDescription,AlertManagerDefinition,AlertName,AlertSensitivityThreshold,AlertTargets,AlgorithmDescription,AlgorithmName,Alias,AliasAttributes,AliasConfigurations,AliasName,AliasTarget,Aliases,AllocatePrivateVirtualInterfaceRoleArn,AllocatePublicVirtualInterfaceRoleArn,AllocateTransitVirtualInterfaceRoleArn,AllocatedCapacity,AllocatedStorage,AllocationDefaultNetmaskLength,AllocationId,AllocationMaxNetmaskLength,AllocationMinNetmaskLength,AllocationResourceTags,AllocationStrategy,AllowAssociationToSharableServiceNetwork,AllowClassicFlow,AllowCustomProjectResourceTags,AllowExternalDataFiltering,AllowExternalPrincipals,AllowFullTableExternalDataAccess,AllowMajorVersionUpgrade,AllowProfileCreation,AllowSelfManagement,AllowUnassociatedTargets,AllowUnauthenticatedIdentities,AllowVersionUpgrade,AllowedAccessControlHierarchyGroupId,AllowedAccessControlTags,AllowedColumns,AllowedCountries,AllowedFlowModules,AllowedOAuthFlows,AllowedOAuthFlowsUserPoolClient,AllowedOAuthScopes,AllowedOperations,AllowedOrigins,AllowedPattern,AllowedPrefixesToDirectConnectGateway,AllowedPrincipals,AllowedPublishers,AllowedResourceOauth2ReturnUrls,AllowedResultRegions,AllowedStorageProfileIds,AllowedTools,AlpnPolicy,AlternateDataSourceParameters,AlwaysDeploy,AmazonManagedKafkaEventSourceConfig,AmazonOpenSearchServerlessDestinationConfiguration,AmazonProvidedIpv6CidrBlock,AmazonSideAsn,AmazonopensearchserviceDestinationConfiguration,AmiId,AmiTags,AmiType,AmiWatermarks,Amount,AmountRequirementName,AnalysisId,AnalysisMethod,AnalysisParameters,AnalysisRules,AnalyticsConfiguration,AnalyticsConfigurations,AnalyticsEngine,AnalyzerConfiguration,AnalyzerName,AnomalyDetectionNotificationConfiguration,AnomalyDetectorArn,AnomalyDetectorConfig,AnomalyDetectorDescription,AnomalyDetectorName,AnomalyVisibilityTime,AnycastIpListId,AnywhereConfiguration,AnywhereSettings,ApiCachingBehavior,ApiFormat,ApiGatewayProxy,ApiId,ApiKey,ApiKeyRequired,ApiKeySecretConfig,ApiKeySecretSource,ApiKeySelectionExpression,ApiKeySourceType,ApiMappingKey,ApiPassthrough,ApiStages,ApiType,AppAssessmentSchedule,AppBlockArn,AppBlockArns,AppConfigResource,AppConfigs,AppCookieStickinessPolicy,AppId,AppImageConfigName,AppInstanceArn,AppInstanceUserId,AppMonitorConfiguration,AppName,AppNetworkAccessType,AppSecurityGroupManagement,AppSource,AppSpecification,AppTemplateBody,AppType,AppVersion,AppVisibility,ApplicableAssetTypes,ApplicableTo,Application,ApplicationArn,ApplicationCode,ApplicationConfig,ApplicationConfiguration,ApplicationDescription,ApplicationDomain,ApplicationId,ApplicationIdentifier,ApplicationInstanceIdToReplace,ApplicationLayerAutomaticResponseConfiguration,ApplicationLogOutputUri,ApplicationLogPaths,ApplicationMaintenanceConfiguration,ApplicationMode,ApplicationName,ApplicationProtocol,ApplicationProviderArn,ApplicationSettings,ApplicationSource,ApplicationSourceConfig,ApplicationSourceUri,ApplicationType,ApplicationVersion,Applications,AppliedFor,ApplyCapacity,ApplyImmediately,ApplyOnTransformedLogs,ApplyOnlyAtCronInterval,ApprovalConfiguration,ApprovalDescription,ApprovalGroups,ApprovalModel,ApprovalRules,ApprovalStrategy,ApprovedPatches,ApprovedPatchesComplianceLevel,ApprovedPatchesEnableNonSecurity,Approvers,ApproximateDollarLimit,AppsList,AppstreamAgentVersion,AquaConfigurationStatus,ArchitecturalDesign,Architecture,Architectures,ArchiveName,ArchivePolicy,ArchiveRules,ArchivingOptions,Arguments,Arn,Artifact,ArtifactConfig,ArtifactContent,ArtifactName,ArtifactS3Location,ArtifactStore,ArtifactStoreUri,ArtifactStores,ArtifactType,Artifacts,As2Config,As2Id,AssertionEncryptionMode,AssertionRule,Assertions,AssessmentReportsDestination,AssessmentTargetArn,AssessmentTargetName,AssessmentTemplateName,AssetDescription,AssetExternalId,AssetFormsInput,AssetHierarchies,AssetId,AssetIds,AssetModelCompositeModels,AssetModelDescription,AssetModelExternalId,AssetModelHierarchies,AssetModelId,AssetModelName,AssetModelProperties,AssetModelType,AssetName,AssetProperties,AssetType,AssetTypes,Assets,AssignIpv6AddressOnCreation,AssistantId,AssociateDefaultSecurityGroup,AssociateMulticastGroup,AssociatePublicIpAddress,AssociateWirelessDevice,AssociatedAlarms,AssociatedGatewayId,AssociatedLicenseAssetRulesetARNs,AssociatedModels,AssociatedRoles,AssociatedSystems,Association,AssociationBehavior,AssociationConfig,AssociationDefaultRouteTableId,AssociationDispatchAssumeRole,AssociationName,AssociationType,Associations,AssumeRolePolicyDocument,AssumeRoleRegion,AsyncInferenceConfig,AtRestEncryptionEnabled,AttachMissingPermission,AttachPoint,AttachedInstances,AttachedTo,AttachmentBody,AttachmentType,AttachmentUrl,Attachments,AttachmentsConfiguration,AttributeConfiguration,AttributeDefinitions,AttributeDetails,AttributeGroup,AttributeMapping,AttributeMappings,AttributePayload,Attributes,AttributesToDelete,AudienceDescription,AudienceRule,Audiences,AuditCheckConfigurations,AuditNotificationTargetConfigurations,Auth,AuthConfiguration,AuthMode,AuthParameters,AuthSessionValidity,AuthToken,AuthType,Authentication,AuthenticationConfig,AuthenticationConfiguration,AuthenticationDetail,AuthenticationMode,AuthenticationOptions,AuthenticationProviders,AuthenticationStrategy,AuthenticationType,Author,Authorization,AuthorizationBehavior,AuthorizationScopes,AuthorizationType,AuthorizeAllGroups,Authorized,AuthorizedAccountId,AuthorizedAwsRegion,AuthorizedPrincipals,AuthorizedSessionTagValueList,AuthorizerConfig,AuthorizerConfiguration,AuthorizerCredentials,AuthorizerCredentialsArn,AuthorizerFunctionArn,AuthorizerId,AuthorizerName,AuthorizerPayloadFormatVersion,AuthorizerResultTtlInSeconds,AuthorizerType,AuthorizerUri,AutoAcceptConfigs,AutoAcceptSharedAttachments,AutoApprovedChangeTypes,AutoAssignElasticIps,AutoAssignPublicIps,AutoBranchCreationConfig,AutoBuildBotLocales,AutoConfigurationEnabled,AutoCreateTasks,AutoDeploy,AutoDeployment,AutoEnable,AutoEnableControls,AutoEnableIO,AutoEnableMembers,AutoEnableStandards,AutoEvaluationConfiguration,AutoImport,AutoMinorVersionUpgrade,AutoParticipantRecordingConfiguration,AutoPlacement,AutoPrepare,AutoPublish,AutoPublishAlias,AutoPublishCodeSha256,AutoRefresh,AutoRegistrationStatus,AutoReplicateNewDisks,AutoRetryLimit,AutoRollbackConfiguration,AutoScaling,AutoScalingConfigurationArn,AutoScalingConfigurationName,AutoScalingGroupName,AutoScalingGroupProvider,AutoScalingGroups,AutoScalingPolicy,AutoScalingRole,AutoScalingSpecifications,AutoScalingType,AutoStartConfiguration,AutoStopConfiguration,AutoSubDomainCreationPatterns,AutoSubDomainIAMRole,AutoSubscriptionConfiguration,AutoTerminationPolicy,AutoUpdate,AutoVerifiedAttributes,AutodefinedReverseFlag,AutomatedReasoningPolicyConfig,AutomatedSnapshotPauseOptions,AutomatedSnapshotRetentionPeriod,Automatic,AutomaticBackupReplicationKmsKeyId,AutomaticBackupReplicationRegion,AutomaticBackupReplicationRetentionPeriod,AutomaticFailoverEnabled,AutomaticModelRegistration,AutomaticStopTimeMinutes,AutomationDocument,AutomationParameters,AutomationTargetParameterName,AutonomousDataStorageSizeInTBs,AvailSuppression,AvailabilityMode,AvailabilitySlo,AvailabilityStatus,AvailabilityZone,AvailabilityZoneAddresses,AvailabilityZoneChangeProtection,AvailabilityZoneDistribution,AvailabilityZoneId,AvailabilityZoneIds,AvailabilityZoneImpairmentPolicy,AvailabilityZoneMappings,AvailabilityZoneName,AvailabilityZoneRebalancing,AvailabilityZoneRelocation,AvailabilityZoneRelocationStatus,AvailabilityZones,AvailableLabels,AvailableSecurityUpdatesComplianceStatus,AwsAccount,AwsAccountId,AwsAccountRegion,AwsLocation,AwsRegion,AwsRegions,AwsResources,AwsService,AzureAccessTier,AzureBlobAuthenticationType,AzureBlobContainerUrl,AzureBlobSasConfiguration,AzureBlobType,Backend,BackfillMode,BacktrackWindow,BackupId,BackupPlan,BackupPlanId,BackupPlanTags,BackupPolicy,BackupRetention,BackupRetentionCount,BackupRetentionPeriod,BackupRetentionPolicy,BackupSelection,BackupSubnetCidr,BackupTarget,BackupVaultName,BackupVaultTags,BadgeEnabled,Baidu,BalancingStrategy,Bandwidth,BandwidthThrottling,BaseCapacity,BaseDirectory,BaseImage,BaseImageArn,BaseImageVersion,BasePath,BaseThemeId,BaselineIdentifier,BaselineVersion,BasicAuthConfig,BatchConfiguration,BatchImportMetaDataOnCreate,BatchSize,BearerTokenAuthenticationEnabled,Behaviors,Beneficiary,BgpAsn,BgpAsnExtended,BgpOptions,BgpPeers,BidPrice,BillingEntity,BillingGroupArn,BillingGroupName,BillingGroupProperties,BillingMode,BillingPeriodRange,BillingType,BillingViewArn,BinaryMediaTypes,BindingProperties,Birthdate,BisectBatchOnFunctionError,Blackhole,BlockDeviceMappings,BlockOverrideDnsType,BlockOverrideDomain,BlockOverrideTtl,BlockPublicPolicy,BlockResponse,BlockSize,BlockedInputMessaging,BlockedOutputsMessaging,BlueGreenDeploymentConfiguration,BlueprintId,BlueprintLocation,BlueprintName,Body,BodyS3Location,BootMode,BootstrapActions,BootstrapSelfManagedAddons,BotAliasLocaleSettings,BotAliasName,BotAliasTags,BotFileS3Location,BotId,BotLocales,BotMembers,BotTags,BotType,BotVersion,BotVersionLocaleSpecification,BoundingBoxRegionsOfInterest,Branch,BranchName,BrandingConfiguration,BreachAction,BridgeArn,Broker,BrokerName,BrokerNodeGroupInfo,BrowserConfigs,BrowserExtensionConfiguration,BrowserPolicy,BrowserSettingsArn,BrowserSigning,Bucket,BucketAccountId,BucketEncryption,BucketName,BucketNamePrefix,BucketNamespace,BucketPrefix,BucketRegion,Budget,BudgetName,BufferOptions,BuildBatchConfig,BuildConfiguration,BuildId,BuildRoleArn,BuildSpec,Bumper,BundleId,BundleName,BurnRateConfigurations,BusinessName,BusinessOverview,BuyerDomain,BuyerIdentifier,BypassPolicyLockoutCheck,BypassPolicyLockoutSafetyCheck,ByteMatchTuples,CACertificateIdentifier,CACertificatePem,CIDRIP,CNAMEPrefix,CSS,CWEMonitorEnabled,CaCertificateIdentifier,CaCertificatesBundleS3Bucket,CaCertificatesBundleS3Key,CaCertificatesBundleS3ObjectVersion,CaCertificatesBundleSource,Cache,CacheBehavior,CacheBehaviorSettings,CacheBehaviors,CacheBucketOwnerId,CacheClusterEnabled,CacheClusterSize,CacheConfig,CacheNodeType,CacheParameterGroupFamily,CacheParameterGroupName,CachePolicyConfig,CacheS3Location,CacheSecurityGroupName,CacheSecurityGroupNames,CacheSubnetGroupName,CacheUsageLimits,CachingConfig,CalculatedAttributeName,CalculatorName,CalendarNames,CallAs,CallbackURLs,CampaignHook,CanarySetting,Capabilities,CapabilityName,CapabilityOptions,Capacity,CapacityAssignmentConfiguration,CapacityConfiguration,CapacityLimits,CapacityProviderArns,CapacityProviderConfig,CapacityProviderConfiguration,CapacityProviderName,CapacityProviderScalingConfig,CapacityProviderStrategy,CapacityProviders,CapacityRebalance,CapacityReservationSpecification,CapacityType,CapacityUnits,CaptchaConfig,CarrierGatewayId,CaseId,Catalog,CatalogId,CatalogProperties,Category,CategoryName,CdcSpecification,CdcStartPosition,CdcStartTime,CdcStopPosition,CdiInputSpecification,CdnAuthConfiguration,CdnConfiguration,CellName,Cells,Certificate,CertificateAlternativeNames,CertificateArn,CertificateAuthority,CertificateAuthorityArn,CertificateBasedAuthProperties,CertificateBody,CertificateChain,CertificateConfiguration,CertificateDomainName,CertificateExport,CertificateIdentifier,CertificateIds,CertificateList,CertificateMode,CertificateName,CertificatePem,CertificateProviderName,CertificateRotationRestart,CertificateSettings,CertificateSigningRequest,CertificateTags,CertificateTransparencyLoggingPreference,CertificateWallet,Certificates,CertifyForMarketplace,ChallengeConfig,ChangeDescription,ChangeSetName,ChangeSetType,ChannelAddress,ChannelArn,ChannelClass,ChannelEngineVersion,ChannelGroupName,ChannelId,ChannelName,ChannelRoleArn,ChannelSecurityGroups,ChannelStorage,ChannelSubtype,ChannelSubtypeConfig,ChannelType,Channels,CharacterSetName,ChatChannel,ChatbotNotificationChannels,CheckpointVersion,ChefConfiguration,ChildHoursOfOperations,Children,ChimeBearer,Cidr,CidrAllowList,CidrBlock,CidrEndpointsCustomSubDomain,CidrIp,CidrIpv6,CidrOptions,CidrRoutingConfig,ClassName,Classic,ClassicLinkVPCId,ClassicLinkVPCSecurityGroups,Classifiers,CleanUpStrategy,ClientAffinity,ClientAuthentication,ClientCertificateConfig,ClientCertificateId,ClientCidrBlock,ClientConnectOptions,ClientId,ClientIdList,ClientIdsForOIDC,ClientLoginBannerOptions,ClientMetadata,ClientName,ClientRouteEnforcementOptions,ClientSecret,ClientSideTimestampsEnabled,ClientSubnetCidr,ClientSubnets,ClientToken,ClientVpnEndpointId,ClockRate,CloneAppIds,CloneFrom,ClonePermissions,CloudExadataInfrastructureId,CloudFrontOriginAccessIdentityConfig,CloudWatchAlarmTemplateGroupIdentifiers,CloudWatchLogGroupArn,CloudWatchLoggingOption,CloudWatchLogsLogGroupArn,CloudWatchLogsRoleArn,CloudWatchMetricsEnabled,CloudWatchRoleArn,Cluster,ClusterArn,ClusterConfig,ClusterEndpoint,ClusterEndpointEncryptionType,ClusterId,ClusterIdentifier,ClusterMode,ClusterName,ClusterParameterGroupName,ClusterRole,ClusterScalabilityType,ClusterSecurityGroupName,ClusterSecurityGroups,ClusterSettings,ClusterSubnetGroupName,ClusterType,ClusterVersion,ClusteringConfig,ClusteringKeyColumns,CmafPackage,CmkSecretConfig,Code,CodeArtifact,CodeEditorAppImageConfig,CodeHandlers,CodeRemediationStrategy,CodeRepositoryName,CodeReviewSettings,CodeS3Location,CodeSha256,CodeSigningConfigArn,CodeSigningPolicies,CodeUri,CodebuildRoleArn,CognitoConfig,CognitoEvents,CognitoIdentityProviders,CognitoOptions,CognitoStreams,CollaborationIdentifier,CollectionEndpoint,CollectionGroupName,CollectionId,CollectionName,CollectionProperties,CollectionScheme,ColumnGroups,ColumnLevelPermissionRules,ColumnNames,ColumnWildcard,Command,CommandId,Comment,CommitMessage,CommunicationLimitsOverride,CommunicationTimeConfig,Compaction,ComparisonOperator,Compatibility,CompatibleArchitectures,CompatibleNamespaceVersion,CompatibleRuntimes,Compliance,ComplianceSeverity,ComplianceType,ComponentMonitoringSettings,ComponentRoleArn,ComponentType,ComponentTypeId,Components,ComponentsInfo,CompositeComponentTypes,CompositeComponents,Compression,CompromisedCredentialsRiskConfiguration,ComputationModelConfiguration,ComputationModelDataBinding,ComputationModelDescription,ComputationModelName,ComputationPreference,ComputationRule,Computations,ComputeCapacity,ComputeConfig,ComputeConfiguration,ComputeCount,ComputeEnvironmentName,ComputeEnvironmentOrder,ComputeNodeGroupConfigurations,ComputePlatform,ComputeRedundancy,ComputeResources,ComputeRoleArn,ComputeType,ConcurrencyConfiguration,ConcurrentBuildLimit,ConcurrentExecutorConfiguration,ConcurrentJobs,Condition,Conditions,ConfidenceThreshold,Config,ConfigConnectorArn,ConfigData,ConfigFile,ConfigOptions,ConfigParameters,ConfigRuleName,ConfigSnapshotDeliveryProperties,Configs,Configuration,ConfigurationAggregatorName,ConfigurationAlias,ConfigurationAliases,ConfigurationDefinitions,ConfigurationInfo,ConfigurationManager,ConfigurationName,ConfigurationOverrides,ConfigurationPolicy,ConfigurationPolicyId,ConfigurationProfileId,ConfigurationProfileIdentifier,ConfigurationProperties,ConfigurationSet,ConfigurationSetAttributes,ConfigurationSetName,ConfigurationType,ConfigurationValues,ConfigurationVersion,Configurations,ConfiguredModelAlgorithmArn,ConfiguredTableAssociationAnalysisRules,ConfiguredTableIdentifier,ConformancePackInputParameters,ConformancePackName,ConnectAttachmentId,ConnectCampaignFlowArn,ConnectInstanceArn,ConnectInstanceId,ConnectPeerConfiguration,ConnectedDeviceId,ConnectedHomeSettings,ConnectedLinkId,ConnectionArn,ConnectionConfiguration,ConnectionDrainingPolicy,ConnectionEvents,ConnectionFunctionCode,ConnectionFunctionConfig,ConnectionGroupId,ConnectionId,ConnectionIdentifier,ConnectionInput,ConnectionLogOptions,ConnectionMode,ConnectionName,ConnectionNotificationArn,ConnectionPoolConfigurationInfo,ConnectionProperties,ConnectionRecordingPreferences,ConnectionSettings,ConnectionString,ConnectionTrackingSpecification,ConnectionType,Connections,ConnectionsBandwidth,ConnectivityInfo,ConnectivityType,ConnectorArn,ConnectorAuthenticationConfiguration,ConnectorConfiguration,ConnectorDefinitionId,ConnectorDefinitionVersionArn,ConnectorDescription,ConnectorLabel,ConnectorName,ConnectorProfileConfig,ConnectorProfileName,ConnectorProvisioningConfig,ConnectorProvisioningType,ConnectorType,Connectors,Constraints,ConsumableResourceName,ConsumableResourceProperties,ConsumedLabels,ConsumerArn,ConsumerName,Consumption,ConsumptionConfiguration,Contact,ContactEndpoint,ContactFlowArn,ContactFlowId,ContactFlowModuleId,ContactFlowModuleVersion,ContactId,ContactIdentifier,ContactIds,ContactInfo,ContactListName,ContactPostPassDurationSeconds,ContactPrePassDurationSeconds,ContactProtocols,Contacts,ContainerAssociationName,ContainerDefinitions,ContainerFormat,ContainerGroupType,ContainerMonitoringConfigurations,ContainerName,ContainerProperties,ContainerProvider,ContainerRecipeArn,ContainerRegistryMap,ContainerRegistryMapUri,ContainerServiceDeployment,ContainerType,Containers,Content,ContentBasedDeduplication,ContentDeliveryRules,ContentHandlingStrategy,ContentLocation,ContentPolicyConfig,ContentQualityAnalysisConfiguration,ContentRedirection,ContentType,ContentUri,Context,ContextKeySelectors,ContextName,ContextType,ContextWords,ContextualGroundingPolicyConfig,ContinuousDeploymentPolicyConfig,ContributorInsightsEnabled,ContributorInsightsSpecification,Control,ControlFindingGenerator,ControlIdentifier,ControlPanelArn,ControlPlaneScalingConfig,ControlSets,ConversationLogSettings,CookieSynchronizationConfiguration,Cooldown,CopyAllowed,CopyPrivateIp,CopyTags,CopyTagsToDataRepositoryAssociations,CopyTagsToSnapshot,CoreDefinitionId,CoreDefinitionVersionArn,CoreNetworkAddress,CoreNetworkArn,CoreNetworkId,Cores,Cors,CorsConfiguration,CorsPolicy,CostCategoryGroupSharingPreferenceArn,CostScaleFactor,Count,CountryCode,CountryRuleSet,Cpu,CpuConfigurations,CpuCoreCount,CpuCoreCountPerNode,CpuOptions,CrawlerSecurityConfiguration,CreateAlias,CreateDatabaseDefaultPermissions,CreateIntegrationDetails,CreateInterval,CreatePublicIP,CreateTableDefaultPermissions,CreatedAt,CreatedBy,CreationTime,CreatorDisplayName,CreatorMLMemberAbilities,CreatorMemberAbilities,CreatorPaymentConfiguration,CredentialArn,CredentialDurationSeconds,CredentialProviderConfigurations,CredentialProviderVendor,Credentials,CredentialsArn,CreditSpecification,Criteria,Critical,Criticality,CrlData,CronExpression,CrossAccount,CrossAccountConfigurations,CrossRegionConfig,CrossRegionCopyTargets,CrossRegionS3RestoreSources,CrossZone,CsrExtensions,CsvClassifier,Cta,CurrentRevisionId,CurrentVersion,CustomAmiId,CustomCertificate,CustomComponents,CustomConfig,CustomCookbooksSource,CustomDeliveryConfiguration,CustomDirectories,CustomDocumentEnrichmentConfiguration,CustomDomain,CustomDomainConfig,CustomDomainName,CustomEventData,CustomEvents,CustomHeaders,CustomIAMInstanceProfile,CustomInstanceProfileArn,CustomInstructions,CustomJson,CustomLaunchTemplate,CustomLineItemChargeDetails,CustomOrchestration,CustomOutputConfiguration,CustomPermissionsName,CustomPluginConfiguration,CustomPrivateKey,CustomPromptInput,CustomRecipes,CustomResponseBodies,CustomRoleArn,CustomRules,CustomSecretConfig,CustomSecurityGroupIds,CustomSuffix,CustomerContactsToSendToOCI,CustomerEncryptionKeyArn,CustomerGatewayArn,CustomerGatewayId,CustomerId,CustomerManagedKey,CustomerManagedPolicyReferences,CustomerMetadataProperties,CustomerOwnedIpv4Pool,CustomizationConfiguration,CustomizationResourceArns,Customizations,Cutoff,CutoffBehavior,CwLogEnabled,DBClusterIdentifier,DBClusterIdentifiers,DBClusterInstanceClass,DBClusterParameterGroupName,DBClusterSnapshotIdentifier,DBInstanceClass,DBInstanceIdentifier,DBInstanceIdentifiers,DBInstanceParameterGroupName,DBName,DBParameterGroupName,DBPort,DBProxyEndpointName,DBProxyName,DBSecurityGroupIngress,DBSecurityGroupName,DBSecurityGroups,DBShardGroupIdentifier,DBSnapshotIdentifier,DBSubnetGroupDescription,DBSubnetGroupName,DBSystemId,DaemonName,DaemonTaskDefinitionArn,DagS3Path,DailySnapshotTime,DashConfiguration,DashManifests,DashPackage,DashboardArn,DashboardAttributes,DashboardBody,DashboardDefinition,DashboardDescription,DashboardId,DashboardName,DashboardPublishOptions,Data,DataAccessRoleArn,DataBundles,DataCaptureConfig,DataCatalogEncryptionSettings,DataCatalogOutputs,DataCollectionOptions,DataDelayOffsetInMinutes,DataDeletionPolicy,DataDelivery,DataDestinationConfigs,DataEncryptionMetadata,DataExtraDimensions,DataFilter,DataFilterExpression,DataFormat,DataFrequency,DataInputConfiguration,DataLakeArn,DataLakePrincipal,DataLakeS3Uri,DataLocationConstraint,DataMigrationIdentifier,DataMigrationName,DataMigrationSettings,DataMigrationType,DataOutputConfiguration,DataPartitions,DataPlaneRouting,DataPrepConfiguration,DataPrivacy,DataProtectionConfig,DataProtectionPolicy,DataProtectionSettingsArn,DataProviderIdentifier,DataProviderName,DataQualityAppSpecification,DataQualityBaselineConfig,DataQualityJobInput,DataQualityJobOutputConfig,DataRecovery,DataRedundancy,DataReplicationMode,DataReplicationPrimaryBrokerArn,DataRepositoryAssociations,DataRepositoryPath,DataResidency,DataRetentionInHours,DataSecurityConfig,DataSetId,DataSetRefreshProperties,DataSetRelations,DataSetUsageConfiguration,DataSets,DataSharingPreference,DataSource,DataSourceArn,DataSourceConfig,DataSourceConfiguration,DataSourceId,DataSourceName,DataSourceParameters,DataSourceType,DataSources,DataStorageConfig,DataStorageSizeInTBs,DataStore,DataTableArn,DataTableRecord,DataTiering,DataTieringEnabled,DataTransferSubscriberFeePercent,DataType,DataUploadFrequency,Database,DatabaseArn,DatabaseInput,DatabaseInsightsMode,DatabaseInstallationFiles,DatabaseInstallationFilesS3BucketName,DatabaseInstallationFilesS3Prefix,DatabaseName,DatabaseOutputs,DatabaseServerType,DatabaseSourceConfiguration,DataflowEdges,DatapointsToAlarm,DatasetArns,DatasetConfig,DatasetDescription,DatasetGroupArn,DatasetGroupName,DatasetImportJob,DatasetName,DatasetParameters,DatasetSource,DatasetType,DatastoreName,DatastorePartitions,DatastoreStorage,DatastoreTypeVersion,DayOfMonth,DayOfWeek,DbInstanceType,DbName,DbNodeStorageSizeInGBs,DbNodes,DbParameterGroupIdentifier,DbServers,DbStorageType,DeadLetterConfig,DeadLetterQueue,DeadLetterQueueUrl,DebugLogging,DecoderManifestArn,Decryption,DedicatedLogVolume,DeduplicationScope,DeepLinkAllowed,Default,DefaultAction,DefaultActions,DefaultApplication,DefaultArguments,DefaultAttributes,DefaultAuthScheme,DefaultAuthenticationMethod,DefaultAvailabilityZone,DefaultBaseline,DefaultBudgetAction,DefaultCacheBehavior,DefaultCapacityProviderStrategy,DefaultCodeRepository,DefaultConfig,DefaultDnsPrefix,DefaultEncryptionKey,DefaultExpirationDays,DefaultForUnmappedSignals,DefaultIamRoleArn,DefaultInstanceProfileArn,DefaultInstanceWarmup,DefaultJobResultConfiguration,DefaultJobTimeoutMinutes,DefaultKmsKeyId,DefaultLargeStagingDiskType,DefaultLogLevel,DefaultOs,DefaultOutboundQueueArn,DefaultPolicy,DefaultRedirectURI,DefaultResourceDiscoveryOrganizationalUnitExclusions,DefaultResult,DefaultResultConfiguration,DefaultRootDeviceType,DefaultRoute,DefaultRouteSettings,DefaultRouteTableAssociation,DefaultRouteTablePropagation,DefaultRunProperties,DefaultRuntimeContextDevice,DefaultS3Location,DefaultSegmentDeliveryConfiguration,DefaultSenderId,DefaultSpaceSettings,DefaultSshKeyName,DefaultSubnetId,DefaultSubstitutions,DefaultTheme,DefaultTimeToLive,DefaultUserSettings,DefaultValue,DefaultVariant,DefaultVariation,Defaults,DeferActivation,DeferMaintenance,DeferMaintenanceDuration,DeferMaintenanceEndTime,DeferMaintenanceStartTime,Definition,DefinitionBody,DefinitionRepository,DefinitionS3Location,DefinitionString,DefinitionSubstitutions,DefinitionType,DefinitionUri,DelaySeconds,DelegationRecord,Delegations,DeleteAllPolicyResources,DeleteAssociatedResources,DeleteAutomatedBackups,DeleteLambdaResourcesOnCanaryDeletion,DeleteOnTermination,DeleteOption,DeletePropagationPolicy,DeleteProtection,DeleteReports,DeleteStorageConnectors,DeletionProtected,DeletionProtection,DeletionProtectionCheck,DeletionProtectionEnabled,DeletionSettings,DeliverCrossAccountRole,DeliverLogsPermissionArn,DeliveryDestinationArn,DeliveryDestinationPolicy,DeliveryDestinationType,DeliveryOptions,DeliveryPolicy,DeliveryS3Bucket,DeliveryS3KeyPrefix,DeliverySourceConfiguration,DeliverySourceName,DeliveryStatusLogging,DeliveryStreamEncryptionConfigurationInput,DeliveryStreamName,DeliveryStreamType,DeobfuscationConfiguration,DependencyDiscovery,Deployment,DeploymentCanarySettings,DeploymentConfig,DeploymentConfigName,DeploymentConfiguration,DeploymentController,DeploymentDurationInMinutes,DeploymentGroupName,DeploymentId,DeploymentMode,DeploymentName,DeploymentOrder,DeploymentPatternName,DeploymentPolicies,DeploymentPreference,DeploymentStrategyId,DeploymentStrategyOptions,DeploymentStyle,DeploymentType,DeprecateThingType,Deprecated,DeriveKeyUsage,Description,Descriptors,Designation,DesiredCapacity,DesiredCapacityType,DesiredCount,DesiredDeliveryMediums,DesiredEC2Instances,DesiredInferenceUnits,DesiredShardLevelMetrics,DesiredSoftwareSetId,DesiredState,DesiredVersion,DesktopArn,DesktopEndpoint,Destination,DestinationArn,DestinationCidrBlock,DestinationConfig,DestinationConfiguration,DestinationFlowConfigList,DestinationIp,DestinationIpv6CidrBlock,DestinationLocationArn,DestinationName,DestinationOptions,DestinationPackageVersions,DestinationPhoneNumber,DestinationPolicy,DestinationPort,DestinationPortRange,DestinationPrefixListId,DestinationProperties,DestinationRegion,DestinationResourceArn,DestinationSecurityGroupId,DestinationStreamArn,DestinationTransitGatewayAttachmentId,DestinationTransitGatewayAttachmentType,DestinationType,Destinations,Detail,DetailType,Details,DetectorId,DetectorModelDefinition,DetectorModelDescription,DetectorModelName,DetectorName,DetectorVersionStatus,DeveloperProviderName,Device,DeviceArn,DeviceConfiguration,DeviceCreationTags,DeviceDefinitionId,DeviceDefinitionVersionArn,DeviceFleetName,DeviceId,DeviceIndex,DeviceName,DeviceOptions,DeviceTrustProviderType,Devices,DhcpOptionsId,DiagnosticsMode,DialerConfig,Dimension,DimensionKeys,Dimensions,DirectConnectGatewayArn,DirectConnectGatewayId,DirectConnectGatewayName,DirectInternetAccess,DirectPutSourceConfiguration,Direction,DirectoryId,DirectoryName,DirectoryRegistrationArn,DirectoryUserId,DisableApiTermination,DisableAutomatedBackup,DisableEmailNotification,DisableExecuteApiEndpoint,DisableIMDSV1,DisableInboundStageTransitions,DisableManagedSkills,DisableSchemaValidation,DisableSessionTags,DisabledStandardsControls,DisassociateMode,DisassociateMulticastGroup,DisassociateWirelessDevice,DisconnectOnSessionTimeout,DisconnectTimeoutInMinutes,DisconnectTimeoutInSeconds,DiscoveryConfig,DiscoveryConfiguration,DiscoveryEntryPointArn,DiskName,DiskSize,DiskSnapshotName,DisplayName,DisplayOrder,DistanceMetric,Distribution,DistributionConfig,DistributionConfigurationArn,DistributionId,DistributionName,Distributions,Distributor,DkimAttributes,DkimSigningAttributes,DkimSigningEnabled,DlpSettingId,Dns64Enabled,DnsAdvancedProtection,DnsConfig,DnsEntry,DnsIpAddresses,DnsNameServers,DnsOptions,DnsResolvers,DnsServers,DnsSupport,DnsViewId,DnssecValidation,DocDbSettings,DockerfileTemplateData,DockerfileTemplateUri,Document,DocumentAttributeConfigurations,DocumentClassifierName,DocumentDBEventSourceConfig,DocumentEnrichmentConfiguration,DocumentFormat,DocumentMetadataConfigurations,DocumentParameters,DocumentSource,DocumentType,DocumentVersion,DocumentationVersion,Domain,DomainArn,DomainAuthSecretArn,DomainCertificateArn,DomainConfigurationName,DomainConfigurationStatus,DomainDnsIps,DomainEndpointOptions,DomainEntries,DomainExecutionRole,DomainFileUrl,DomainFqdn,DomainIAMRoleName,DomainId,DomainIdentifier,DomainJoinInfo,DomainList,DomainName,DomainNameArn,DomainNameConfigurations,DomainNameServers,DomainOu,DomainOwner,DomainSettings,DomainUnitId,DomainUnitIdentifier,DomainValidationOptions,DomainVerificationId,DomainVersion,Domains,DownlinkBandwidthBits,DownlinkDelayMs,DownlinkJitterMs,DownlinkLossPercent,DownloadAllowed,DriftCheckBaselines,DryRun,DryRunAndUpdate,Durability,DurableConfig,Duration,DurationInSeconds,DurationSeconds,DynamicExtensionParameters,DynamoDBConfig,DynamoDbSettings,EBSOptions,EC2InboundPermissions,EC2InstanceType,EC2SecurityGroupId,EC2SecurityGroupName,EC2SecurityGroupOwnerId,EC2VpcId,ECSServices,EIP,ETagAlgorithmFamily,EbsCardIndex,EbsConfiguration,EbsEncryption,EbsEncryptionKeyArn,EbsOptimized,EbsRootVolumeIops,EbsRootVolumeSize,EbsRootVolumeThroughput,Ec2Config,Ec2ImageId,Ec2SecurityGroupIds,Ec2SubnetIds,Ec2TagFilters,Ec2TagSet,Ec2VolumeId,EcrRepositoryPrefix,EcsClusterArn,EcsProperties,EcsSettings,EdgeLocation,EdgeLocations,EdiType,Edition,EdnsClientSubnet,Effect,EfsFilesystemArn,Egress,EgressAccessLogs,EgressCidrBlocks,EgressConfig,EgressEndpoints,EgressGatewayBridge,EgressNetworkConnectors,EgressOnlyInternetGatewayExclusionInput,EgressOnlyInternetGatewayId,EgressType,EinvoiceDeliveryEnabled,EinvoiceDeliveryPreference,EksConfiguration,EksProperties,ElasticChannelConfiguration,ElasticFileSystemExclusionInput,ElasticGpuSpecifications,ElasticInferenceAccelerators,ElasticIp,ElasticIps,ElasticLoadBalancerName,ElasticsearchClusterConfig,ElasticsearchConfig,ElasticsearchDestinationConfiguration,ElasticsearchSettings,ElasticsearchVersion,Elements,Email,EmailAddress,EmailAuthenticationMessage,EmailAuthenticationSubject,EmailConfiguration,EmailIdentity,EmailVerificationMessage,EmailVerificationSubject,Emails,EmbedHostDomains,EmergencyContactList,EmitSystemFieldDimensions,EmitSystemFields,EmptyOnDelete,EnaQueueCount,EnaSrdSpecification,Enable,EnableAcceleration,EnableAutoBuild,EnableAutoHealing,EnableAutoMinorVersionUpgrade,EnableAutoSubDomain,EnableBranchAutoDeletion,EnableCachingForHttp,EnableCapacityReservationProvisionStabilize,EnableCloudwatchLogsExports,EnableDefaultInternetAccess,EnableDefaultStandards,EnableDns64,EnableDnsHostnames,EnableDnsSupport,EnableECSManagedTags,EnableExecuteCommand,EnableFaultInjection,EnableGlobalWriteForwarding,EnableHttpEndpoint,EnableIAMDatabaseAuthentication,EnableIamSessionBasedIdentity,EnableIssues,EnableKeyRotation,EnableLniAtDeviceIndex,EnableLocalWriteForwarding,EnableLogFileValidation,EnableMapAutoTagging,EnableMonitoringDashboard,EnableNetworkIsolation,EnableParametersEncryption,EnablePerformanceInsights,EnablePerformanceMode,EnablePrefixForIpv6SourceNat,EnablePrimaryIpv6,EnablePrivateGua,EnablePropagateAdditionalUserContextData,EnablePullRequestPreview,EnableSetting,EnableSimpleResponses,EnableSiteLink,EnableSkewProtection,EnableSsl,EnableSso,EnableStrictOriginEnforcement,EnableTokenRevocation,EnableTrustedIdentityPropagation,Enabled,EnabledAnalysisTypes,EnabledMfas,EnabledRegions,EnclaveOptions,EncoderSettings,EncodingConfig,Encrypted,Encryption,EncryptionAtRestOptions,EncryptionConfig,EncryptionConfiguration,EncryptionInfo,EncryptionKey,EncryptionKeyArn,EncryptionMode,EncryptionOptions,EncryptionSettings,EncryptionSpecification,EncryptionSupport,EncryptionType,EndDate,EndDateType,EndPoints,EndTime,Endpoint,EndpointAccessMode,EndpointArn,EndpointConfigName,EndpointConfiguration,EndpointConfigurations,EndpointDetails,EndpointDomainPrefix,EndpointGroupRegion,EndpointIdentifier,EndpointIpAddressType,EndpointManagement,EndpointName,EndpointNetworkType,EndpointType,Endpoints,EnforceMessageSigning,EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic,EnforcedAssetModelInterfaceRelationships,Enforcement,EnforcementMode,Engagements,Engine,EngineAttributes,EngineFamily,EngineLifecycleSupport,EngineMode,EngineModel,EngineName,EngineSecurityGroupId,EngineType,EngineVersion,EnhancedImageMetadataEnabled,EnhancedMetricsConfig,EnhancedMonitoring,EnhancedVpcRouting,Enrichment,EnrichmentParameters,EnterprisePolicies,Entitlement,EntitlementArn,EntitlementName,EntitlementStatus,Entitlements,EntityId,EntityIdentifier,EntityName,EntityOverrides,EntityType,EntityTypes,Entries,EntryLimitsConfig,EntryPoint,Environment,EnvironmentAccountId,EnvironmentAccountIdentifier,EnvironmentAccountRegion,EnvironmentArtifact,EnvironmentBlueprintIdentifier,EnvironmentClass,EnvironmentConfigurationId,EnvironmentConfigurations,EnvironmentId,EnvironmentIdentifier,EnvironmentName,EnvironmentProfileIdentifier,EnvironmentRoleArn,EnvironmentRolePermissionBoundary,EnvironmentType,EnvironmentVariables,EphemeralStorage,Error,ErrorInfo,ErrorLogSettings,ErrorMessageConfiguration,ErrorReportConfiguration,Errors,EstimatedInstanceWarmup,EvaluateLowSampleCountPercentile,EvaluationCriteria,EvaluationExecutionRoleArn,EvaluationFrequency,EvaluationInterval,EvaluationIntervalInSeconds,EvaluationMethod,EvaluationModes,EvaluationPeriods,EvaluationStrategy,EvaluationWindow,EvaluatorConfig,EvaluatorName,Evaluators,Event,EventBatchingCondition,EventBridgeBus,EventBridgeConfig,EventBridgeEnabled,EventBridgeRuleTemplateGroupIdentifiers,EventBusArn,EventBusName,EventBuses,EventCategories,EventConfig,EventConfigurations,EventDestination,EventDestinationName,EventDestinations,EventExpiryDuration,EventFilter,EventInvokeConfig,EventPattern,EventSelectors,EventSourceArn,EventSourceName,EventSourceToken,EventStreamName,EventSubscriptions,EventTargets,EventTimeFeatureName,EventTriggerConditions,EventTriggerLimits,EventTriggerName,EventTriggerNames,EventType,EventTypeId,EventTypeIds,EventVariables,Events,ExactSettings,ExceptionLevel,ExcessCapacityTerminationPolicy,ExchangeUrlPrivateConnectionName,ExcludeAppPackagesFromCleanup,ExcludeFilters,ExcludeMap,ExcludePaths,ExcludeResourceTags,ExcludeRetainedVariantProperties,ExcludeRiskTypes,ExcludedAccounts,Excludes,ExclusionWindows,Exclusions,ExclusiveEndTime,ExecutablePath,ExecutionClass,ExecutionControls,ExecutionMode,ExecutionProperty,ExecutionRole,ExecutionRoleArn,ExecutionRoleName,ExecutionStatus,ExpectedBucketOwner,ExperimentConfig,ExperimentDefinitionIdentifier,ExperimentName,ExperimentOptions,ExperimentReportConfiguration,ExperimentTemplateId,Expiration,ExpirationDays,ExpirationSettings,ExpireDate,ExpireTime,Expires,ExpiresAt,ExpiryEventsConfiguration,ExpiryTime,ExplainerConfig,ExplicitAuthFlows,Export,ExportBucketArn,ExportConfig,Exportable,ExposurePercentage,Expression,ExpressionType,ExtendDeletion,ExtendedS3DestinationConfiguration,ExtendedStatistic,ExtendsFrom,ExtensionIdentifier,ExtensionVersionNumber,ExternalAuthorityConfiguration,ExternalConnections,ExternalDataFilteringAllowList,ExternalId,ExternalInvocationConfiguration,ExternalSecretRotationMetadata,ExternalSecretRotationRoleArn,ExtraConnectionAttributes,ExtraJarsS3Path,ExtraPythonLibsS3Path,FabricConfiguration,FaceSearchSettings,FailOnWarnings,FailedReason,Failover,FailoverMode,FailureMode,FailureReason,FailureRedirectionURL,FailureRetentionPeriod,FailureThreshold,FairsharePolicy,FallbackLocation,FallbackModel,Family,FargateProfileName,FarmId,FeatureDefinitions,FeatureGroupName,FeatureSet,FeatureType,FeatureTypes,FeaturedDocuments,FeaturedResultsSetName,Features,FederatedCatalog,FederatedIdentity,FederationEnabled,FederationMode,FederationParameters,FederationRoleArn,FeedbackAttributes,FeedbackForwardingEnabled,FeedbackURL,FieldDelimiter,FieldFolders,FieldIndexPolicies,FieldLevelEncryptionProfileConfig,FieldName,FieldSelectionCriteria,Fields,FifoQueue,FifoThroughputLimit,FifoThroughputScope,FifoTopic,FileCacheType,FileCacheTypeVersion,FileConfiguration,FileFormat,FileFormatConfiguration,FileName,FileSystemAccessRoleArn,FileSystemConfigs,FileSystemId,FileSystemLocations,FileSystemPath,FileSystemPolicy,FileSystemProtection,FileSystemTags,FileSystemType,FileSystemTypeVersion,Files,FilesystemConfigurations,FillerSlate,Filter,FilterAction,FilterAtDestination,FilterAtSource,FilterConfiguration,FilterCriteria,FilterExpression,FilterInArns,FilterName,FilterOutArns,FilterPattern,FilterPolicy,FilterPolicyScope,Filters,FinalBakeTimeInMinutes,FinalSnapshotName,FinalSnapshotRetentionPeriod,FindingCriteria,FindingPublishingFrequency,FipsEnabled,FirehoseArn,FirewallArn,FirewallDomainListId,FirewallName,FirewallPolicy,FirewallPolicyArn,FirewallPolicyChangeProtection,FirewallPolicyName,FirewallRuleGroupId,FirewallRules,FirewallRulesFailOpen,FirmwareUpdateImage,FirmwareUpdateRole,FirstName,FlagKey,Fleet,FleetId,FleetName,FleetProxyConfiguration,FleetRoleArn,FleetServiceRole,FleetType,FleetVpcConfig,FlexMatchMode,FlexibleTimeWindow,FlowArn,FlowDefinition,FlowLogsEnabled,FlowLogsS3Bucket,FlowLogsS3Prefix,FlowName,FlowSize,FlowSource,FlowStatus,FlywheelName,FolderArns,FolderId,FolderType,Force,ForceAliasCreation,ForceDelete,ForceEndpointErrorConfiguration,ForceNewDeployment,ForceRediscovery,ForceUpdate,ForceUpdateEnabled,FormActionType,Format,FormatOptions,FoundationModel,Framework,FrameworkControls,FrameworkDescription,FrameworkId,FrameworkName,FrameworkTags,Frequency,FromAddress,FromEmailAddress,FromPort,FsxFilesystemArn,Function,FunctionCode,FunctionConfig,FunctionDefinitionId,FunctionDefinitionVersionArn,FunctionId,FunctionMapping,FunctionMetadata,FunctionName,FunctionResponseTypes,FunctionScalingConfig,FunctionType,FunctionUrlAuthType,FunctionUrlConfig,FunctionVersion,Functions,GCM,GameProperties,GameServerContainerDefinition,GameServerContainerGroupDefinitionName,GameServerContainerGroupsPerInstance,GameServerGroupName,GameServerProtectionPolicy,GameSessionCreationLimitPolicy,GameSessionData,GameSessionQueueArns,GatewayARN,GatewayBridgeSource,GatewayCapabilitySummaries,GatewayId,GatewayIdentifier,GatewayLoadBalancerArns,GatewayLoadBalancerEndpointId,GatewayName,GatewayPlatform,GatewayResponses,GatewayRouteName,GatewayType,GatewayVersion,GatingRule,GcpMySQLSettings,GenerateDistinctId,GenerateSecret,GenerateSecretString,GeneratedTemplateName,Generation,GeoLocation,GeoMatchConstraints,GiVersion,GitConfig,GlobalClusterIdentifier,GlobalFilters,GlobalNetworkId,GlobalNodeGroupCount,GlobalParameters,GlobalReplicationGroupDescription,GlobalReplicationGroupId,GlobalReplicationGroupIdSuffix,GlobalResolverId,GlobalSecondaryIndexes,GlobalTableSourceArn,GlobalTableWitnesses,GlossaryTerms,GlueVersion,Goal,GrafanaVersion,GrantName,Grantee,GranularAccessControlConfiguration,GraphArn,GraphIdentifier,GraphName,GreengrassGroupId,GrokClassifier,Group,GroupByAttribute,GroupDesc,GroupDescription,GroupDisplayName,GroupDomain,GroupId,GroupIdentifier,GroupIpAddress,GroupName,GroupSecurityIdentifier,GroupSet,GroupSharingPreference,GroupType,GroupingAttributeDefinitions,GroupingConfiguration,GroupingType,Groups,GrowthFactor,GrowthType,GuardianAttributes,GuardrailConfiguration,GuardrailIdentifier,GuardrailPolicies,GuardrailVersion,HadoopJarStep,Handle,Handler,HandlerConfigs,Hardware,HarnessId,HarnessName,HealthCheck,HealthCheckArns,HealthCheckConfig,HealthCheckConfiguration,HealthCheckCustomConfig,HealthCheckEnabled,HealthCheckGracePeriod,HealthCheckGracePeriodSeconds,HealthCheckId,HealthCheckIntervalSeconds,HealthCheckPath,HealthCheckPaths,HealthCheckPort,HealthCheckProtocol,HealthCheckTags,HealthCheckTimeoutSeconds,HealthCheckType,HealthEventsConfig,HealthMetricsConfig,HealthyThresholdCount,HeartbeatTimeout,HibernationOptions,HierarchyGroupArn,HierarchyRestrictedResources,HighAvailabilityConfig,HlsConfiguration,HlsIngest,HlsManifests,HlsPackage,HoldoutPercent,HomeDirectory,HomeDirectoryMappings,HomeDirectoryType,HomeEfsFileSystemCreation,HomePageUrl,HomeRegion,HookStatus,Hooks,HopDestinations,Horovod,Host,HostArn,HostConfiguration,HostId,HostInstanceType,HostKeyBody,HostMaintenance,HostProperties,HostRecovery,HostResourceGroupArn,HostedRotationLambda,HostedZoneConfig,HostedZoneFeatures,HostedZoneId,HostedZoneName,HostedZoneTags,Hostname,HostnameTheme,Hosts,HoursOfOperationArn,HoursOfOperationOverrides,HsmClientCertificateIdentifier,HsmConfigurationIdentifier,HsmType,HtmlPart,HttpConfig,HttpConfiguration,HttpEndpointDestinationConfiguration,HttpMethod,HttpPackageConfigurations,HttpRequestConfiguration,HttpResponderAllowed,HttpUrlProperties,HttpsRedirectionEnabled,HubDescription,HubDisplayName,HubName,HubSearchKeywords,HumanTaskUiName,HybridAccessEnabled,Hypothesis,IAMRoleARN,IAMServiceRole,IPAddressType,IPAddressVersion,IPSetDescriptors,IamAuthEnabled,IamFederationOptions,IamIdentityCenterOptions,IamIdentityProviderArn,IamInstanceProfile,IamInstanceProfileArn,IamRole,IamRoleArn,IamRoles,IamUserArn,IbmDb2Settings,IcebergDestinationConfiguration,IcebergMetadata,Icmp,IconId,IconS3Location,Id,IdCConfiguration,IdMappingConfig,IdMappingIncrementalRunConfig,IdMappingTechniques,IdMappingWorkflowProperties,IdNamespaceName,IdTokenValidity,IdcDisplayName,IdcInstanceArn,IdcUserAssignment,Identifier,Identity,IdentityCenterArn,IdentityCenterConfiguration,IdentityCenterInstanceArn,IdentityCenterOptions,IdentityCenterRegion,IdentityInfo,IdentityManagementType,IdentityName,IdentityPoolId,IdentityPoolName,IdentityPoolTags,IdentityProviderConfigName,IdentityProviderConfiguration,IdentityProviderDetails,IdentityProviderName,IdentityProviderType,IdentityProviderVpcConnectionProperties,IdentitySource,IdentitySourceParameters,IdentityStoreId,IdentityType,IdentityValidationExpression,IdleClientTimeout,IdleDisconnectTimeoutInMinutes,IdleDisconnectTimeoutInSeconds,IdleSessionTTLInSeconds,IdleTimeout,IdleTimeoutSeconds,IdpAuthUrl,IdpIdentifiers,IdpRelayStateParameterName,IframeConfig,IgnoreWords,ImageArn,ImageConfig,ImageConfiguration,ImageDescription,ImageDisplayName,ImageId,ImageName,ImageOsVersionOverride,ImagePipelineExecutionSettings,ImageRecipeArn,ImageRoleArn,ImageScanningConfiguration,ImageTagMutability,ImageTagMutabilityExclusionFilters,ImageTags,ImageTestsConfiguration,ImageUri,ImportExistingResources,ImportMode,ImportSource,ImportSourceSpecification,ImportTask,ImportedFileChunkSize,InTransitEncryption,InactiveDate,IncidentTemplate,IncludeFilters,IncludeGlobalServiceEvents,IncludeLinkedAccounts,IncludeLinkedAccountsMetrics,IncludeMap,IncludeNestedStacks,IncludedProperties,Includes,InclusiveStartTime,IncrementalRunConfig,IndexId,IndexName,IndexSchema,IndexedKeys,IndexingPercentage,Industry,IndustryType,InferenceAccelerators,InferenceComponentName,InferenceContainerConfig,InferenceExecutionConfig,InferenceProfileName,InferenceSchedulerName,InferenceSettings,InferenceSpecification,InfluxDBProperties,InfrastructureConfigurationArn,InfrastructureRoleArn,IngestPort,IngestProtocol,IngestionEnabled,IngestionWaitPolicy,IngressAccessLogs,IngressGatewayBridge,IngressPointConfiguration,IngressPointName,IngressVpcConfiguration,InitialCapacity,InitialVersion,InitialVlans,InitializationData,InitializationGracePeriodSeconds,InitializationScripts,InitializationTimeout,InlineCode,InlinePolicy,InlineRecipe,InlineRedactionConfiguration,Input,InputArtifactDetails,InputArtifacts,InputAttachments,InputConversion,InputDataConfig,InputDefinition,InputDescription,InputDevices,InputName,InputNetworkLocation,InputParameters,InputRecordTables,InputReferenceConfig,InputSecurityGroups,InputSourceConfig,InputSources,InputSpecification,InputStorageLocation,InputSwitchConfiguration,InputType,Inputs,InsecureIngest,InsertionMode,InsideCidrBlocks,InsightSelectors,Insights,InsightsConfiguration,InsightsDestination,InstallUpdatesOnBoot,InstanceAccessControlAttributeConfiguration,InstanceAlias,InstanceArn,InstanceAttributes,InstanceConfigs,InstanceConfiguration,InstanceConnectionPortRange,InstanceCount,InstanceDefinitions,InstanceFamilies,InstanceFamily,InstanceFleetType,InstanceGroups,InstanceId,InstanceInboundPermissions,InstanceInitiatedShutdownBehavior,InstanceLifecyclePolicy,InstanceMaintenancePolicy,InstanceMatchCriteria,InstanceMetadataOptions,InstanceMetadataServiceConfiguration,InstanceMonitoring,InstanceName,InstancePlatform,InstancePort,InstanceProfileArn,InstanceProfileIdentifier,InstanceProfileName,InstanceRequirements,InstanceReusePolicy,InstanceRole,InstanceRoleARN,InstanceRoleArn,InstanceRoleCredentialsProvider,InstanceSnapshotName,InstanceTenancy,InstanceType,InstanceTypeConfigs,InstanceTypeSpecifications,InstanceTypes,Instances,Instruction,InstructionsDocuments,InsufficientDataActions,IntegratedResources,Integration,IntegrationArn,IntegrationConfig,IntegrationId,IntegrationMethod,IntegrationName,IntegrationResponseKey,IntegrationSubtype,IntegrationType,IntegrationUri,Integrations,IntelligentTieringConfigurations,InteractiveConfiguration,InterceptorConfigurations,InterfaceType,InternetGatewayBlockMode,InternetGatewayExclusionInput,InternetGatewayExclusionMode,InternetGatewayId,InternetMeasurementsLogDelivery,InternetProtocol,Interval,IntrospectionConfig,InventoryConfigurations,InvestigationGroupPolicy,InvitationId,InvocationConnectivityParameters,InvocationEndpoint,InvocationRateLimitPerSecond,InvoiceReceiver,InvokeMode,InvokedViaFunctionUrl,Iops,IotJobConfiguration,IpAccessSettingsArn,IpAddress,IpAddressType,IpAddresses,IpCount,IpDiscovery,IpPools,IpProtocol,IpRules,IpScope,IpVersion,IpamCidrConfigs,IpamId,IpamPoolId,IpamPrefixListResolverId,IpamResourceDiscoveryId,IpamScopeId,IpcMode,Ipv4Address,Ipv4AddressesPerEni,Ipv4IpamPoolId,Ipv4NetmaskLength,Ipv4PrefixCount,Ipv4Prefixes,Ipv6Address,Ipv6AddressCount,Ipv6AddressPreferredLeaseTime,Ipv6Addresses,Ipv6CidrBlock,Ipv6CidrBlockNetworkBorderGroup,Ipv6Enabled,Ipv6InternetAccessEnabled,Ipv6IpamPoolId,Ipv6Native,Ipv6NetmaskLength,Ipv6Pool,Ipv6PrefixCount,Ipv6Prefixes,IsActive,IsAttached,IsCloudTrailEventHistoryEnabled,IsDisabled,IsEmailNotificationOptedForIngestionFailures,IsEnabled,IsLocalBackupEnabled,IsLogging,IsMetricsEnabled,IsMtlsEnabledVmCluster,IsMultiRegionTrail,IsOrganizationTrail,IsPaused,IsPrivate,IsSensitiveEventsSubscribed,IsService,IsSingleton,IsSparseDiskgroupEnabled,IsTerminal,IsoCountryCode,Issuer,IssuerConfiguration,Items,JSONString,JobArn,JobAttachmentSettings,JobConfig,JobDefinitionName,JobExecutionsRetryConfig,JobExecutionsRolloutConfig,JobFlowId,JobFlowRole,JobId,JobLogStatus,JobMode,JobNames,JobQueue,JobQueueName,JobQueueType,JobResources,JobRunAsUser,JobRunQueuingEnabled,JobSample,JobStateTimeLimitActions,JobTemplateArn,JobTemplateData,JobTemplateId,JobType,JsonClassifier,JupyterLabAppImageConfig,JwtConfiguration,KMSArn,KMSEncrypted,KMSKey,KMSKeyArn,KMSKeyId,KafkaCluster,KafkaClusterClientAuthentication,KafkaClusterEncryptionInTransit,KafkaClusters,KafkaConnectVersion,KafkaSettings,KafkaVersion,KafkaVersionsList,KerberosAttributes,KerberosKeytab,KerberosKrb5Conf,KerberosPrincipal,KernelGatewayImageConfig,KernelId,Key,KeyAlgorithm,KeyArn,KeyAttributes,KeyCheckValueAlgorithm,KeyConfiguration,KeyFormat,KeyGroupConfig,KeyId,KeyManagementServiceArn,KeyName,KeyPair,KeyPairName,KeyPolicy,KeySchema,KeySpec,KeyStorageSecurityStandard,KeyType,KeyUsage,Keys,KeyspaceName,Keywords,Kind,KinesisConfiguration,KinesisDataStream,KinesisFirehoseConfig,KinesisSettings,KinesisStreamArn,KinesisStreamConfig,KinesisStreamSourceConfiguration,KinesisStreamSpecification,KinesisVideoStream,KinesisVideoStreamConfig,KmsAccess,KmsAccessRoleArn,KmsDataKeyReusePeriodSeconds,KmsEncryptionContext,KmsEncryptionKey,KmsKey,KmsKeyArn,KmsKeyEnableGeospatialQueries,KmsKeyId,KmsKeyIdentifier,KmsKeyProviderUri,KmsMasterKeyId,KmsPolicyDocument,KnowledgeBaseArn,KnowledgeBaseConfiguration,KnowledgeBaseId,KnowledgeBaseType,KnowledgeBases,KubeApiServerConfig,KubeControllerManagerConfig,KubeSchedulerConfig,KubernetesGroups,KubernetesNetworkConfig,LBCookieStickinessPolicy,LFTags,LabelDecorator,LabelTemplate,Labels,LagId,LagName,LakeFormationConfiguration,LambdaAuthorizerConfig,LambdaConfig,LambdaEndpoint,LambdaExclusionInput,LambdaFunction,LambdaFunctionArn,Language,LanguageCode,LanguageConfiguration,LargeVolumeConf,LastModifiedBy,LastModifiedTime,LastMonitoringExecutionSummary,LastName,LastUpdateReason,LastUpdatedAt,LastUpdatedDefinitionHash,LastUplinkReceivedAt,LateDataRules,LatencyMode,LatestRevision,LatestVersionNumber,LaunchConfigurationName,LaunchCriteria,LaunchDisposition,LaunchIntoSourceInstance,LaunchParameters,LaunchPath,LaunchProfileProtocolVersions,LaunchSpecifications,LaunchTemplate,LaunchTemplateConfigs,LaunchTemplateData,LaunchTemplateName,LaunchType,LayerId,LayerIds,LayerName,LayerVersionArn,Layers,Layout,LayoutConfiguration,LdapServerMetadata,LedgerName,LensVersion,Lenses,Level,LibraryDescription,LibraryName,LicenseArn,LicenseAssetGroupConfigurations,LicenseBody,LicenseEndpointId,LicenseInfo,LicenseMetadata,LicenseModel,LicenseName,LicenseSpecifications,Licensing,LifecycleConfigName,LifecycleConfiguration,LifecycleEventConfiguration,LifecycleHookName,LifecycleHookSpecificationList,LifecyclePolicies,LifecyclePolicy,LifecycleTransition,LimitId,LimitType,Limits,LinkAttributes,LinkConfiguration,LinkEntities,LinkId,LinkLogSettings,LinkSharingConfiguration,LinkedAccountId,LinkedAssociationIds,LinkedChannelSettings,LinkedRegions,Links,ListName,ListenerArn,ListenerAttributes,ListenerConfig,ListenerIdentifier,Listeners,LivePreRollConfiguration,LiveSourceName,LoRaWAN,LoRaWANUpdateGatewayTaskEntry,LoadBalancerArn,LoadBalancerAttributes,LoadBalancerInfo,LoadBalancerName,LoadBalancerNames,LoadBalancerOptions,LoadBalancers,LoadBasedAutoScaling,LocalAddress,LocalBgpAsn,LocalBgpAsnExtended,LocalGatewayId,LocalGatewayRouteTableId,LocalGatewayVirtualInterfaceGroupId,LocalIpv4NetworkCidr,LocalIpv6NetworkCidr,LocalProfileId,LocalResources,LocalRoleName,LocalSecondaryIndexes,Locale,Location,LocationConfigurations,LocationName,LocationScope,LocationUri,Locations,LockConfiguration,LogBucket,LogBucketList,LogConfig,LogConfiguration,LogConfigurations,LogDelivery,LogDeliveryBucket,LogDeliveryConfiguration,LogDeliveryConfigurations,LogDestination,LogDestinationConfigs,LogDestinationType,LogEncryptionKmsKeyId,LogExports,LogFormat,LogGroupArn,LogGroupArnList,LogGroupClass,LogGroupIdentifier,LogGroupIdentifiers,LogGroupName,LogGroupNames,LogLevel,LogPaths,LogPatternSets,LogPublishingOptions,LogRoleARN,LogSources,LogStreamName,LogSubscription,LogType,LogUri,LoggerDefinitionId,LoggerDefinitionVersionArn,Loggers,Logging,LoggingConfig,LoggingConfiguration,LoggingConfigurationIdentifiers,LoggingConfigurations,LoggingFilter,LoggingInfo,LoggingLevel,LoggingProperties,LoggingRole,LogicalTableMap,LoginProfile,LogoutURLs,Logs,LogsConfig,LogsStorageLocation,LowLatencyHlsManifests,LustreConfiguration,MLFramework,MSKSourceConfiguration,MagneticStoreWriteProperties,MailFromAttributes,Main,Maintenance,MaintenanceConfig,MaintenanceConfiguration,MaintenanceSchedule,MaintenanceTrackName,MaintenanceWindow,MaintenanceWindowStartTime,MaintenanceWindows,MajorEngineVersion,MajorVersion,ManageAccessRole,ManageAccessRoleArn,ManageAdminPassword,ManageMasterPassword,ManageMasterUserPassword,ManagedCertificateRequest,ManagedEndpointConfiguration,ManagedExecution,ManagedInstance,ManagedInstancesProvider,ManagedLoginVersion,ManagedNotificationConfigurationArn,ManagedPolicies,ManagedPolicyArns,ManagedPolicyName,ManagedScalingPolicy,ManagementAccountId,MandatoryKeywords,MandatoryParameters,Manifest,ManifestConfig,ManifestName,ManifestOverridesPayload,ManifestPayload,ManifestProcessingRules,ManualAssignmentQueueConfigs,ManualSnapshotRetentionPeriod,MapAutoTaggingMpeID,MapName,MapPublicIpOnLaunch,MappedInputFields,Mapping,MappingTemplate,Mappings,MarkLatest,Market,MasterDatabaseName,MasterId,MasterPasswordSecretKmsKeyId,MasterUserAuthenticationType,MasterUserPassword,MasterUserSecret,MasterUserSecretKmsKeyId,MasterUsername,Match,MatchPaths,MatchPredicates,Matcher,Matching,MaxACU,MaxAggregationInterval,MaxAllocatedStorage,MaxBatchSize,MaxBitrate,MaxCapacity,MaxCityNetworksToMonitor,MaxConcurrency,MaxConcurrentRuns,MaxConcurrentSessions,MaxContacts,MaxCount,MaxCpus,MaxDevices,MaxDrainDurationSeconds,MaxDuration,MaxEntries,MaxErrors,MaxEventSize,MaxGpus,MaxGroupPreparedCapacity,MaxInstanceLifetime,MaxIterations,MaxLatency,MaxMessageSizeBytes,MaxProfileObjectCount,MaxRecordSizeInKiB,MaxRetentionDays,MaxRetries,MaxRuns,MaxSessionDuration,MaxSessionsPerInstance,MaxSize,MaxTokens,MaxUnits,MaxUserDurationInSeconds,MaxWebservers,MaxWorkerCount,MaxWorkers,MaximumAutomaticAttempts,MaximumBatchingWindowInSeconds,MaximumBitrate,MaximumCapacity,MaximumConcurrentFeeds,MaximumDuration,MaximumEventAgeInSeconds,MaximumExecutionFrequency,MaximumMatchDistance,MaximumMessageLength,MaximumMessageRatePerSecond,MaximumMessageSize,MaximumRecordAgeInSeconds,MaximumRetryAttempts,Media,MediaConcurrencies,MediaConnectFlows,MediaExtractionConfiguration,MediaInsightsPipelineConfigurationName,MediaStreamId,MediaStreamName,MediaStreamOutputConfigurations,MediaStreamType,MediaStreams,MediaType,Member,MemberArns,MemberConfiguration,MemberDefinitions,MemberEmailAddress,MemberId,Members,MembershipAssignments,MembershipIdentifier,Memory,MemoryConfiguration,MemoryExecutionRoleArn,MemoryPerOracleComputeUnitInGBs,MemorySize,MemorySizeInGBs,MemoryStrategies,MergedApiExecutionRoleArn,MergedApiIdentifier,MeshName,MeshOwner,Message,MessageAction,MessageConfiguration,MessageFeedbackEnabled,MessageRetentionPeriod,MessageReviewHandler,MessageTemplateArn,MessageTemplateAttachments,MessageTemplateContentSha256,MessageTtlSeconds,MetaStoreManagerRoleArn,Metadata,MetadataCatalogConfig,MetadataConfiguration,MetadataExtraDimensions,MetadataOptions,MetadataProperties,MetadataTableConfiguration,MeteredAccount,MethodResponses,MethodSettings,Metric,MetricAggregationType,MetricCalculation,MetricCharacteristics,MetricGoals,MetricGroups,MetricMathAnomalyDetector,MetricMonitors,MetricName,MetricPolicy,MetricSetList,MetricTransformations,MetricType,Metrics,MetricsCollection,MetricsConfig,MetricsConfiguration,MetricsConfigurations,MetricsExportConfig,MetricsOutputConfig,MfaConfiguration,MicrosoftSqlServerSettings,MiddleboxAttachmentIds,MigrationProjectCreationTime,MigrationProjectIdentifier,MigrationProjectName,MigrationType,MinACU,MinAdjustmentMagnitude,MinCapacity,MinLatency,MinRetentionDays,MinSize,MinUnits,MinWebservers,MinWorkerCount,MinWorkers,MinimumCompressionSize,MinimumHealthyHosts,MinimumLinks,MinimumLoadBalancerCapacity,MinimumViableContactDurationSeconds,MissingDataAction,MixedInstancesPolicy,MlflowVersion,MobileDeviceManagement,Mode,Model,ModelApprovalStatus,ModelArn,ModelBiasAppSpecification,ModelBiasBaselineConfig,ModelBiasJobInput,ModelBiasJobOutputConfig,ModelCard,ModelCardName,ModelCardStatus,ModelEnforcement,ModelExplainabilityAppSpecification,ModelExplainabilityBaselineConfig,ModelExplainabilityJobInput,ModelExplainabilityJobOutputConfig,ModelId,ModelKmsKeyId,ModelManifestArn,ModelMetrics,ModelName,ModelPackageDescription,ModelPackageGroupDescription,ModelPackageGroupName,ModelPackageGroupPolicy,ModelPackageName,ModelPackageStatusDetails,ModelPackageVersion,ModelPolicy,ModelQualityAppSpecification,ModelQualityBaselineConfig,ModelQualityJobInput,ModelQualityJobOutputConfig,ModelRegistrationMode,ModelSelectionExpression,ModelSource,ModelType,ModelVariants,Models,ModeratorArns,ModifiedTimeSeconds,ModifierPercentage,ModuleConfigurationList,ModuleName,ModulePackage,MonetizationConfig,MongoDbSettings,MonitorArnList,MonitorDimension,MonitorName,MonitorSpecification,MonitorType,MonitoredResourceName,Monitoring,MonitoringConfiguration,MonitoringInterval,MonitoringRoleArn,MonitoringScheduleConfig,MonitoringScheduleName,MonitoringScheduleStatus,MonitoringSubscription,Monitors,MountOptions,MountPoint,MpaApprovalTeamArn,MrapName,MssManifests,MssPackage,Mtu,MultiAZ,MultiAZEnabled,MultiAttachEnabled,MultiAz,MultiRegion,MultiRegionClusterName,MultiRegionClusterNameSuffix,MultiRegionConsistency,MultiRegionEnabled,MultiRegionParameterGroupName,MultiRegionProperties,MultiValueAnswer,MulticastSettings,MulticastSupport,MultiplexId,MultiplexProgramSettings,MultiplexSettings,MultitrackInputConfiguration,MultiviewConfiguration,MutationProtection,MutationType,MuteTargets,MutualAuthentication,MutualTlsAuthentication,MySqlSettings,Name,NameNodes,Namespace,NamespaceConfig,NamespaceId,NamespaceKeys,NamespaceName,NamespaceResourcePolicy,NatGatewayExclusionInput,NatGatewayId,NativeApplicationOidcOptions,NcharCharacterSetName,NdiConfig,NdiOutputTimecodeSource,NdiProgramName,NdiSpeedHqQuality,NeptuneSettings,NetbiosNameServers,NetbiosNodeType,NetmaskLength,NetworkAccessControl,NetworkAclId,NetworkBorderGroup,NetworkConfig,NetworkConfiguration,NetworkFabricType,NetworkFunctionGroupName,NetworkId,NetworkInsightsAccessScopeId,NetworkInsightsPathId,NetworkInterfaceId,NetworkInterfaceOptions,NetworkInterfaces,NetworkLoadBalancerArn,NetworkLoadBalancerArns,NetworkMode,NetworkName,NetworkOutput,NetworkScanning,NetworkServices,NetworkSettings,NetworkSettingsArn,NetworkSource,NetworkTrafficConfig,NetworkType,Networking,Networks,NewGameSessionProtectionPolicy,NewInstancesProtectedFromScaleIn,NickName,NoExpiry,NoPasswordRequired,NoRemoveEndDate,NodeConfiguration,NodeCounts,NodeGroupConfiguration,NodeInterfaceMappings,NodeJsVersion,NodeLifecycleActions,NodeProperties,NodeProvisioningMode,NodeRecovery,NodeRepairConfig,NodeRole,NodeToNodeEncryptionOptions,NodeType,NodegroupName,Nodes,NonAwsRegions,NonOverridableArguments,NotebookInstanceLifecycleConfigName,NotebookInstanceName,Notes,NotificationARNs,NotificationArns,NotificationChannel,NotificationConfiguration,NotificationConfigurationArn,NotificationConfigurations,NotificationDestinations,NotificationEnabled,NotificationMetadata,NotificationProperty,NotificationSenderEmail,NotificationSettings,NotificationTarget,NotificationTargetARN,NotificationTopicARN,NotificationTopicArn,NotificationTriggers,NotificationType,Notifications,NotificationsWithSubscribers,NotifyOnAddCorrespondenceToCase,NotifyOnCaseSeverity,NotifyOnCreateOrReopenCase,NotifyOnResolveCase,NtpServers,NumCacheClusters,NumCacheNodes,NumNodeGroups,NumReplicasPerShard,NumShards,NumberCapabilities,NumberOfBrokerNodes,NumberOfNodes,NumberOfWorkers,NumberType,OAuthAuthorizationEndpointUrl,OAuthClientApplicationId,OAuthClientAuthenticationType,OAuthScopes,OAuthTokenEndpointUrl,OKActions,OSReleaseLabel,Oauth2ProviderConfigInput,OauthToken,ObjectConfiguration,ObjectLambdaAccessPoint,ObjectLambdaConfiguration,ObjectLockConfiguration,ObjectLockEnabled,ObjectTypeName,ObjectTypeNames,ObjectVersioning,ObservabilityConfiguration,ObservabilityConfigurationName,ObservabilityRegion,OdbNetworkArn,OdbNetworkId,OffPeakWindowOptions,OfflineStoreConfig,Oidc,OidcConfig,OidcOptions,OnCreate,OnDemandOptions,OnDemandThroughput,OnExceptionSteps,OnFailureConfiguration,OnPremConfig,OnPremisesInstanceTagFilters,OnPremisesTagSet,OnSourceDDoSProtectionConfig,OnStackFailure,OnStart,OnlineAbConfig,OnlineEvaluationConfigName,OnlineStoreConfig,OntapConfiguration,OpenApiVersion,OpenIDConnectConfig,OpenIdConnectProviderARNs,OpenMonitoring,OpenSearchServiceConfig,OpenTableFormat,OpenTableFormatInput,OpenZFSConfiguration,OperatingAddress,OperatingRegions,OperatingSystem,Operation,OperationName,OperationPreferences,OperationsRole,OperatorApp,OperatorRole,OpsCenterEnabled,OpsItemSNSTopicArn,OptOutListName,OptionConfigurations,OptionGroupDescription,OptionGroupName,OptionSettings,OptionalKeywords,Options,OracleSettings,OrchestrationSendingRoleArn,OrchestrationType,Orchestrator,Organization,OrganizationAggregationSource,OrganizationConfigRuleName,OrganizationConfiguration,OrganizationConformancePackName,OrganizationCustomPolicyRuleMetadata,OrganizationCustomRuleMetadata,OrganizationEnabled,OrganizationId,OrganizationManagedRuleMetadata,OrganizationRoleName,OrganizationalUnitDistinguishedNames,OrganizationalUnitExclusions,OrganizationalUnitId,OrganizationalUnits,Origin,OriginAccessControlConfig,OriginAccountID,OriginConfiguration,OriginEndpointName,OriginRegion,OriginRequestPolicyConfig,Origination,OriginationIdentities,Origins,Os,OsFamily,OutPostArn,OutboundCallConfig,OutboundCallerConfig,OutboundEmailConfig,OutdatedInstancesStrategy,OutpostArn,OutpostConfig,OutpostId,OutpostLagId,Output,OutputArtifactDetails,OutputArtifacts,OutputConfig,OutputConversion,OutputDataConfig,OutputFormat,OutputHeaderConfiguration,OutputLocation,OutputLockingMode,OutputSourceConfig,OutputStatus,Outputs,OutsideIpAddressType,OverflowBehavior,OverrideConfiguration,Overrides,OverwriteChildResourcePermissionsWithDefault,Owner,OwnerAccount,OwnerArn,OwnerContact,OwnerId,OwnerInformation,OwnerName,OwnerType,OwnershipControls,OwnershipSettings,OwnershipVerificationCertificateArn,OwningProjectIdentifier,PackageCleanup,PackageId,PackageName,PackageType,PackageVersion,Packages,PackagingGroupId,PackagingType,PacketIdentifiersMap,PacketLength,Pages,ParallelDataConfig,ParallelismConfiguration,ParallelizationFactor,ParameterGroupFamily,ParameterGroupName,ParameterNameValues,ParameterObjects,ParameterTemplate,ParameterTemplatePath,ParameterValues,Parameters,ParametersEncryptionKey,ParentDomainUnitIdentifier,ParentEntityId,ParentFolderArn,ParentGroupArn,ParentGroupId,ParentGroupName,ParentHoursOfOperations,ParentId,ParentIds,ParentImage,ParentTargetArn,PartitionCount,PartitionInput,PartitionKeyColumns,PartitionSpec,PartnerAccountId,PartnerProfileId,PartnerType,PassthroughBehavior,Password,Passwords,PasteAllowed,PatchGroups,PatchVersion,Path,PathId,PathName,PathOptions,PathPart,Pattern,PayerResponsibility,Payload,PayloadFormatVersion,PayloadTemplate,PaymentConfiguration,PaymentManagerId,PeerAccountId,PeerAddress,PeerBgpAsn,PeerBgpAsnExtended,PeerGatewayId,PeerNetworkId,PeerNetworkRouteTableIds,PeerOwnerId,PeerRegion,PeerRoleArn,PeerTransitGatewayId,PeerVpcAwsAccountId,PeerVpcId,PeeringId,PendingDeletion,PendingWindowInDays,PerInstanceContainerGroupDefinitionName,PerformAutoML,PerformHPO,PerformanceConfiguration,PerformanceInsightsEnabled,PerformanceInsightsKMSKeyId,PerformanceInsightsKmsKeyId,PerformanceInsightsRetentionPeriod,PerformanceMode,Period,Permission,PermissionArns,PermissionModel,PermissionSetArn,PermissionType,Permissions,PermissionsBoundaries,PermissionsBoundary,PermissionsConfig,PermissionsConfiguration,PermissionsMode,PermissionsPolicyDocument,PermissionsWithGrantOption,Permit,PersistRoutes,PersistRoutesDuration,PersistentConnectionConfigs,PersonalizationConfiguration,PersonalizationThresholdSeconds,Phone,PhoneConfig,PhoneNumberConfigs,PhoneNumbers,Photos,Phrases,PhysicalTableMap,PidMode,Pillars,PipelineActivities,PipelineConfig,PipelineConfigurationBody,PipelineDefinition,PipelineDescription,PipelineDetails,PipelineDisplayName,PipelineName,PipelineObjects,PipelineProvisioning,PipelineRoleArn,PipelineTags,PipelineType,PitPolicy,Placement,PlacementArn,PlacementConstraints,PlacementGroup,PlacementGroupArn,PlacementGroupConfigs,PlacementGroupName,PlacementStrategies,PlacementTenancy,Plan,PlanFamily,PlanTier,Platform,PlatformArn,PlatformCapabilities,PlatformId,PlatformIdentifier,PlatformOverride,PlatformVersion,Platforms,PlaybackConfigurationName,PlaybackMode,PlayerGatewayConfiguration,PlayerGatewayMode,PlayerLatencyPolicies,PluginAdminEnabled,Plugins,PluginsS3ObjectVersion,PluginsS3Path,PodExecutionRoleArn,PodIdentityAssociations,PointInTimeConfiguration,PointInTimeRecoveryEnabled,PointInTimeRecoverySpecification,Policies,Policy,PolicyArn,PolicyDefinition,PolicyDescription,PolicyDetails,PolicyDocument,PolicyEnabled,PolicyEngineConfiguration,PolicyEngineId,PolicyId,PolicyName,PolicyReferenceName,PolicyRule,PolicyRuleNumber,PolicyStatements,PolicyStoreId,PolicyTemplate,PolicyText,PolicyType,PolygonRegionsOfInterest,PoolId,PoolName,PoolState,PopulationAnalysisConfiguration,Port,PortOverrides,PortRange,PortRanges,PortalArn,PortalAuthMode,PortalContactEmail,PortalCustomDomain,PortalDescription,PortalId,PortalName,PortalOptions,PortalType,PortalTypeConfiguration,PortfolioId,Position,PositionFiltering,Positioning,PositiveTrendIndicator,PosixProfile,PosixUser,PostAuthenticationLoginBanner,PostLaunchActions,PostLaunchEnabled,PostSetupScriptDetails,PostTriggerCollectionDuration,PostgreSqlSettings,Power,PracticeRunConfiguration,PreAuthenticationLoginBanner,PreProvisioningHook,PreSharedKeyStorage,Precedence,Predicate,Predicates,PredictiveScalingConfiguration,PredictiveScalingPolicyConfiguration,PreemptionConfiguration,Preferences,PreferredAvailabilityZone,PreferredAvailabilityZones,PreferredBackupWindow,PreferredCacheClusterAZs,PreferredChannelPipeline,PreferredInstanceType,PreferredLanguage,PreferredMaintenanceWindow,Prefix,PrefixListAlias,PrefixListArn,PrefixListId,PrefixListName,PrefixListRegion,PreloadDataConfig,Preprocessor,PresentationDetails,PreserveClientIp,PreserveFilename,PreserveOnDelete,Preset,PresignedUrlConfig,PrevalidationOptions,PreventUserExistenceErrors,PricePerformanceTarget,PricingPlan,PricingPlanDataSource,PricingRuleArns,Primary,PrimaryAccountId,PrimaryClusterId,PrimaryContainer,PrimaryKey,PrimaryKeyArn,PrimaryOwnerArn,PrimaryRegion,Principal,PrincipalARN,PrincipalArn,PrincipalEntityType,PrincipalId,PrincipalOrgID,PrincipalTags,PrincipalType,Principals,PrintAllowed,Priority,PriorityConfiguration,Privacy,PrivacyBudgetType,PrivacyConfiguration,PrivateConnectionName,PrivateDnsEnabled,PrivateDnsName,PrivateDnsNameConfiguration,PrivateDnsNameOptions,PrivateDnsNameOptionsOnLaunch,PrivateEndpoint,PrivateIpAddress,PrivateIpAddresses,PrivateKey,PrivateKeyList,PrivateRegistryAccess,ProactiveEngagementStatus,Process,ProcessingInputs,ProcessingJobName,ProcessingOutputConfig,ProcessingResources,Processor,ProcessorFeatures,Processors,ProcurementPortalInstanceEndpoint,ProcurementPortalName,ProcurementPortalSharedSecret,ProductArn,ProductId,ProductName,ProductSKU,ProductType,ProductionVariants,ProfileArn,ProfileConfiguration,ProfileDescription,ProfileId,ProfileName,ProfileQuestions,ProfileType,ProfileUrl,ProfileVersion,ProfilingGroupName,ProgramName,ProgrammingLang,Project,ProjectArn,ProjectCategory,ProjectDescription,ProjectExecutionRole,ProjectId,ProjectIdentifier,ProjectName,ProjectProfileId,ProjectProfileVersion,ProjectResourceTags,ProjectResourceTagsDescription,ProjectType,PromotionTier,PromptArn,PromptOverrideConfiguration,PromptRouterName,PropagateTags,PropagateTagsToVolumeOnCreation,PropagatedSetLevelTags,PropagationDefaultRouteTableId,Properties,PropertiesFileContent,PropertyDefinitions,PropertyGroups,ProposedSegmentChange,Props,ProtectConfigurationId,ProtectedResource,ProtectedResourceArns,ProtectedResourceConditions,ProtectedResourceType,ProtectionGroupId,Protocol,ProtocolConfiguration,ProtocolDetails,ProtocolType,ProtocolVersion,Protocols,ProtocolsList,Provider,ProviderARNs,ProviderConfig,ProviderConfiguration,ProviderConfigurationInput,ProviderDetails,ProviderEndpoint,ProviderName,ProviderOutageAction,ProviderType,ProvisionMode,ProvisionedCidrs,ProvisionedConcurrencyConfig,ProvisionedMemory,ProvisionedPollerConfig,ProvisionedProductName,ProvisionedResourceCleanup,ProvisionedThroughput,ProvisionedThroughputInMibps,Provisioning,ProvisioningArtifactId,ProvisioningArtifactName,ProvisioningArtifactParameters,ProvisioningConfigurations,ProvisioningParameters,ProvisioningPreferences,ProvisioningRoleArn,ProxyConfiguration,ProxyType,PublicAccessBlockConfiguration,PublicConnectivity,PublicDomainNames,PublicEndpoint,PublicIpDnsHostnameTypeSpecification,PublicIpSource,PublicIpv4Pool,PublicKey,PublicKeyConfig,PublicKeyMaterial,PublicKeys,PublicTypeArn,PublicVersionNumber,PubliclyAccessible,PubliclyAdvertisable,PublishAuthModes,PublishDeploymentStatus,PublishOnImport,PublishStatus,PublishToLatestPublished,PublisherId,PullRequestEnvironmentName,PurchaseOption,PurchaseOrderRetrievalEnabled,Purposes,PushSync,QAppsConfiguration,QType,Qev2IdcApplicationName,QopConfiguration,Qualifier,QueryDepthLimit,QueryDescription,QueryExpression,QueryLanguage,QueryLogStatus,QueryLoggingConfig,QueryLoggingConfiguration,QueryName,QueryResultsToAlarm,QueryResultsToEvaluate,QueryStatement,QueryString,QueryTexts,QueryVersion,Queue,QueueConfigs,QueueId,QueueName,QueuedTimeoutInMinutes,Queues,QuickConnectArns,QuickConnectConfig,QuickSightConfiguration,QuietTime,Quota,QuotaShareName,QuotaSharePolicy,RackPhysicalProperties,RamDiskId,RamdiskId,RandomizationSalt,Rank,RateKey,RateLimit,RateLimitId,RateType,RawMessageDelivery,RdsDbInstances,RdsOptions,ReadAttributes,ReadOnDemandThroughputSettings,ReadOnlyAccessAccounts,ReadOnlyAdmins,ReadProvisionedThroughputSettings,ReaderEndpoint,ReadinessCheckName,ReadmeBody,RealTimeAlertConfiguration,Rebalancing,RebootAfterUse,ReceiveMessageWaitTimeSeconds,Recipe,RecipeArn,RecipeName,Recipients,RecognizerName,Recommendation,RecommendedActionTypes,RecommenderConfig,RecommenderName,RecommenderRecipeName,RecommenderSchemaName,RecordFields,RecordIdentifierFeatureName,RecordSets,RecordType,RecordVersion,RecordingConfig,RecordingConfigurationArn,RecordingGroup,RecordingMode,RecordingReconnectWindowSeconds,RecoveryApproach,RecoveryGroupName,RecoveryMode,RecoveryPointId,RecoveryPointSelection,RecoveryTimeObjectiveMinutes,RecrawlPolicy,Recurrence,RecurringPrefetchConfiguration,RecursiveDeleteOption,RecursiveLoop,RedactedFields,RedirectURL,RedisSettings,RedriveAllowPolicy,RedrivePolicy,RedshiftDestinationConfiguration,RedshiftIdcApplicationArn,RedshiftSettings,ReenrollAllCertificateHolders,Reference,ReferenceDataSource,RefreshClosedReports,RefreshSchedule,RefreshTokenRotation,RefreshTokenValidity,Regex,RegexPatternStrings,RegexString,Region,RegionLinkingMode,RegionList,RegionName,RegionalCertificateArn,RegionalConfigurations,RegionalParameters,Regions,RegisterWithThirdParty,RegistrationConfig,RegistrationType,Registry,RegistryId,RegistryName,RegularColumns,RegularExpressionList,RejectedPatches,RejectedPatchesAction,RelationalDatabaseBlueprintId,RelationalDatabaseBundleId,RelationalDatabaseConfig,RelationalDatabaseName,RelationalDatabaseParameters,RelationalDatabaseSnapshotName,RelayName,RelayStateType,ReleaseLabel,ReleaseNotes,ReleaseVersion,RemediationEnabled,RemediationTypes,RemoteAccess,RemoteAccount,RemoteId,RemoteIpv4NetworkCidr,RemoteIpv6NetworkCidr,RemoteNetworkConfig,RemoteOwnerAccount,RemoteResources,RemoveAutoRegistration,RemoveEndDate,RemovePrivateKey,RemoveSegment,RemoveSubnetIds,RenderingConfiguration,RenderingEngine,RenditionConfiguration,ReplaceComputeEnvironment,ReplaceProvisioningArtifacts,ReplaceUnhealthyInstances,ReplayPolicy,ReplicaCount,ReplicaMode,ReplicaRegions,ReplicaSpecifications,Replicas,ReplicasPerNodeGroup,ReplicateTo,Replication,ReplicationConfig,ReplicationConfigIdentifier,ReplicationConfiguration,ReplicationFactor,ReplicationGroupDescription,ReplicationGroupId,ReplicationInfoList,ReplicationInstanceArn,ReplicationInstanceClass,ReplicationInstanceIdentifier,ReplicationRegions,ReplicationServerInstanceType,ReplicationServersSecurityGroupsIDs,ReplicationSettings,ReplicationSourceIdentifier,ReplicationSpecification,ReplicationSubnetGroupDescription,ReplicationSubnetGroupIdentifier,ReplicationTaskIdentifier,ReplicationTaskSettings,ReplicationType,ReplicatorName,ReportConfiguration,ReportDeliveryChannel,ReportName,ReportPlanDescription,ReportPlanName,ReportPlanTags,ReportSetting,ReportVersioning,Repositories,Repository,RepositoryAccessToken,RepositoryCatalogData,RepositoryDescription,RepositoryLinkId,RepositoryName,RepositoryOwner,RepositoryPolicy,RepositoryPolicyText,ReputationOptions,RequestBasedSli,RequestHeaderConfiguration,RequestMACSec,RequestMappingTemplate,RequestMappingTemplateS3Location,RequestModels,RequestOrigin,RequestParameters,RequestTemplates,RequestTimeoutSeconds,RequestValidatorId,RequireEncryption,RequireInstanceProperties,RequireTLS,RequiredFields,RequiredFileSystemLocationNames,RequirementsS3ObjectVersion,RequirementsS3Path,Requires,RequiresCompatibilities,ReservationType,ReservedCapacityOptions,ReservedConcurrentExecutions,ResetOrderNumber,ResiliencyPolicyArn,ResizeSpecifications,ResolutionTechniques,ResolveConflicts,ResolverCountLimit,ResolverEndpointId,ResolverEndpointType,ResolverQueryLogConfigId,ResolverRuleId,Resource,ResourceAccessRole,ResourceAccessRoleArn,ResourceAction,ResourceArn,ResourceArns,ResourceAssociations,ResourceCollectionFilter,ResourceConfig,ResourceConfigDnsResolution,ResourceConfigurationArn,ResourceConfigurationAuthType,ResourceConfigurationDefinition,ResourceConfigurationGroupId,ResourceConfigurationId,ResourceConfigurationType,ResourceCreationLimitPolicy,ResourceDefinitionId,ResourceDefinitionVersionArn,ResourceGatewayId,ResourceGroupArn,ResourceGroupName,ResourceGroupTags,ResourceId,ResourceIdentifier,ResourceKey,ResourceLifecycleConfig,ResourceLimits,ResourceMappings,ResourceName,ResourceOwner,ResourcePolicy,ResourcePolicyDocument,ResourceProperties,ResourceQuery,ResourceRecords,ResourceRetentionPolicy,ResourceSelection,ResourceSetIds,ResourceSetName,ResourceSetType,ResourceShareArns,ResourceShareConfiguration,ResourceSharingConfiguration,ResourceSpec,ResourceTagLogicalOperator,ResourceTags,ResourceType,ResourceTypeList,ResourceTypes,ResourceUris,Resources,ResourcesCleanUp,ResourcesReceivingAccess,ResourcesToAdd,ResourcesToRemove,ResourcesToReplicateTags,ResourcesVpcConfig,ResponseHeadersPolicyConfig,ResponseMappingTemplate,ResponseMappingTemplateS3Location,ResponseModels,ResponseParameters,ResponseTemplates,ResponseType,RestApiId,RestConfiguration,RestartExecutionOnUpdate,RestoreMetadataOverrides,RestoreTestingPlanName,RestoreTestingSelectionName,RestoreTime,RestoreToTime,RestoreType,RestrictedInstanceGroups,RestrictedInstanceGroupsConfig,Restrictions,ResumePosition,RetainAllVariantProperties,RetainDeploymentConfig,RetainInterval,Retention,RetentionDays,RetentionInDays,RetentionLockTimeInDays,RetentionLockType,RetentionPeriod,RetentionPeriodHours,RetentionPolicy,RetentionProperties,Retrieval,RetrievalRoleArn,RetryAttemptSeconds,RetryPolicy,RetryStrategy,ReturnMergedResources,ReviewConfiguration,ReviewOwner,RevisionId,RevisionTarget,RevocationConfiguration,RevocationContents,RiskExceptionConfiguration,RniEnhancedMetricsEnabled,RobotSoftwareSuite,Role,RoleARN,RoleAlias,RoleArn,RoleArns,RoleConfiguration,RoleMappings,RoleName,RolePrincipalArn,Roles,RollbackConfig,RootAccess,RootDeviceType,RootDirectory,RootVolumeConfig,RootVolumeEncryptionEnabled,RootVolumeSecurityStyle,RotateEncryptionKey,RotateImmediatelyOnUpdate,RotateMasterUserPassword,RotationIds,RotationLambdaARN,RotationPeriodInDays,RotationRules,Route,RouteFilterPrefixes,RouteId,RouteKey,RouteName,RouteResponseKey,RouteResponseSelectionExpression,RouteSelectionExpression,RouteServerEndpointId,RouteServerId,RouteSettings,RouteTableId,RouteTableIds,RouteType,RouterIntegrationState,RouterIntegrationTransitEncryption,RouterSettings,Routes,Routing,RoutingConfig,RoutingConfiguration,RoutingCriteria,RoutingMode,RoutingPolicyLabel,RoutingProfileArn,RoutingScope,RoutingStrategy,RowFilter,RowLevelPermissionDataSet,RowLevelPermissionTagConfiguration,Rule,RuleAction,RuleBasedMatching,RuleBody,RuleConfig,RuleExecutionMode,RuleGroup,RuleGroupName,RuleId,RuleLocation,RuleName,RuleNumber,RuleOrder,RuleSetArn,RuleSetBody,RuleSetId,RuleSetName,RuleState,RuleStatus,RuleType,RuleVersion,Rules,RulesPackageArns,Ruleset,RunConfig,RunConfiguration,RunConfigurations,RunningMode,RunningStatus,Runtime,RuntimeConfig,RuntimeConfiguration,RuntimeEnvironment,RuntimeManagementConfig,RuntimePlatform,RuntimePolicy,RuntimeRoleArn,RuntimeVersion,S3,S3Access,S3AccessPoint,S3AccessPolicy,S3Bucket,S3BucketArn,S3BucketName,S3BucketPrefix,S3Config,S3Destination,S3DestinationConfiguration,S3EnableHiveCompatiblePath,S3KeyPrefix,S3KmsKeyArn,S3Location,S3Path,S3PolicyDocument,S3Prefix,S3PrefixType,S3Region,S3Settings,S3StorageClass,S3StorageConfig,S3StorageOptions,S3SuffixPath,S3TablesDestinationConfiguration,S3Uri,SNSNotificationArn,SSESpecification,SamlConfiguration,SamlMetadataDocument,SamlOptions,SamlProviderARNs,Sample,SampleDocument,SampleDocuments,SamplePayloadUrl,SamplePromptsControlMode,SamplingRate,SamplingRule,SamplingRuleRecord,SamplingRuleUpdate,SapInstanceNumber,Sbom,ScalableDimension,Scale,ScaleDownBehavior,ScalingAdjustment,ScalingConfig,ScalingConfiguration,ScalingInstructions,ScalingMode,ScalingPolicies,ScalingTarget,ScalingTargetId,ScanListenerPortNonTls,ScanListenerPortTcp,ScanListenerPortTls,ScanName,ScanType,SceneId,SceneMetadata,Schedule,ScheduleConfig,ScheduleConfiguration,ScheduleDefinitions,ScheduleDescription,ScheduleEndTime,ScheduleExpression,ScheduleExpressionTimezone,ScheduleIdentifier,ScheduleOffset,ScheduleStartTime,ScheduleTimezone,ScheduleType,ScheduledActionDescription,ScheduledActionName,ScheduledActions,ScheduledAuditName,ScheduledQueryConfiguration,ScheduledQueryExecutionRoleArn,ScheduledQueryName,ScheduledReportExecutionRoleArn,ScheduledSplitsConfig,Scheduler,SchedulerConfig,SchedulerConfiguration,Schedulers,SchedulingConfig,SchedulingConfiguration,SchedulingPolicyArn,SchedulingPriority,SchedulingStrategy,Schema,SchemaArn,SchemaChangePolicy,SchemaConversionApplicationAttributes,SchemaDefinition,SchemaHandlerPackage,SchemaName,SchemaS3Location,SchemaType,SchemaVersion,SchemaVersionId,Scheme,Scope,ScopeArn,ScopeSettings,ScopeTags,Scopes,ScoringStrategy,ScrapeConfiguration,ScraperLoggingConfiguration,ScriptId,ScriptParameters,SdiSourceMappings,SdiSources,SecondaryAllocationIds,SecondaryArtifacts,SecondaryPrivateIpAddressCount,SecondaryPrivateIpAddresses,SecondarySourceVersions,SecondarySources,SecretArnList,SecretId,SecretKey,SecretString,SectionalElements,SecurityConfig,SecurityConfiguration,SecurityConfigurationData,SecurityConfigurationId,SecurityControlArn,SecurityControlId,SecurityGroupArns,SecurityGroupEgress,SecurityGroupId,SecurityGroupIds,SecurityGroupIngress,SecurityGroupReferencingSupport,SecurityGroups,SecurityLevel,SecurityPolicy,SecurityPolicyName,SecurityProfileArns,SecurityProfileDescription,SecurityProfileName,SecurityRequirements,SecurityServicePolicyData,Segment,SegmentDefinitionName,SegmentDeliveryConfigurations,SegmentFilter,SegmentGroups,SegmentId,SegmentSort,SegmentSqlQuery,SegmentVersion,SelectedAnalysisMethods,SelectionCriteria,SelectiveContentGuarding,Selector,Selectors,SelfAssignContactFlowArn,SelfManagedEventSource,SelfManagedKafkaEventSourceConfig,SelfManagedOptOutsEnabled,SelfServicePortal,SemanticModelConfiguration,SemanticVersion,SendEmailNotification,SenderControlPort,SenderId,SenderIpAddress,SendingOptions,SensitiveInformationPolicyConfig,SentimentAnalysisSettings,SequentialExecutorConfiguration,Serial,SerialNumber,ServerCertificate,ServerCertificateArn,ServerCertificateArns,ServerCertificateConfig,ServerCertificateName,ServerHostname,ServerId,ServerLaunchParameters,ServerLaunchPath,ServerName,ServerPort,ServerProperties,ServerProtocol,ServerSdkVersion,ServerSideEncryptionConfiguration,ServerSideKmsKeyId,ServerType,ServerUrl,ServerlessCacheName,ServerlessCacheSnapshotName,ServerlessScalingConfiguration,ServerlessV2ScalingConfiguration,Service,ServiceAccessRoleArn,ServiceAccessSecurityGroups,ServiceAccessSubnetId,ServiceAccount,ServiceAccountCredentials,ServiceAccountRoleArn,ServiceActionId,ServiceArn,ServiceAttributes,ServiceCatalogProvisionedProductDetails,ServiceCatalogProvisioningDetails,ServiceConnectConfiguration,ServiceConnectDefaults,ServiceDetails,ServiceDnsName,ServiceEnvironmentName,ServiceEnvironmentOrder,ServiceEnvironmentType,ServiceExecutionRole,ServiceExecutionRoleARN,ServiceExecutionRoleArn,ServiceId,ServiceIdentifier,ServiceJson,ServiceLinkedRoleARN,ServiceName,ServiceNamespace,ServiceNetworkArn,ServiceNetworkId,ServiceNetworkIdentifier,ServiceNetworkLogType,ServiceRegion,ServiceRegistries,ServiceRole,ServiceRoleArn,ServiceTimeout,ServiceToken,ServiceType,SessionDuration,SessionEnabled,SessionIdleTimeoutInMinutes,SessionLoggerArn,SessionMetadata,SessionName,SessionNumber,SessionPolicy,SessionPolicyArn,SessionScriptS3Location,SessionStickinessEnabled,SessionStickinessLBCookieDurationSeconds,SessionTimeoutHours,SetIdentifier,SettingId,SettingValue,Settings,SettingsJson,SetupScriptDetails,Severity,SftpConfig,ShadowModeConfig,ShadowProductionVariants,Shape,ShardCapacity,ShardCount,ShardInstanceCount,ShareTagOptions,SharedRoutesEnabled,SharingConfig,SharingEnabled,SharingModel,Sheets,ShippingAddress,ShortCode,ShortName,ShortcutKey,Shortname,Sid,Sidewalk,SidewalkResponse,SidewalkUpdate,SignalCatalogArn,SignalDecoders,SignalsToCollect,SignalsToFetch,SignatureValidityPeriod,SignatureVersion,SigningAlgorithm,SigningDisabled,SigningKeyInfo,SimpleUser,SimulationSoftwareSuite,SingleMetricAnomalyDetector,SingleSignOn,SingleSignOnUserIdentifier,SingleSignOnUserValue,SinkIdentifier,SiteId,Size,SizeConstraints,SizeInGB,SizeInGb,SkillPackage,Skills,SkipModelValidation,SkipResourceInUseCheckOnDelete,SkipShardMigrationWait,SkipZonalShiftValidation,SlackChannelId,SlackWorkspaceId,SlateAdUrl,Sli,SlurmConfiguration,SmallVolumeConf,SmallVolumeMaxSize,SmoothingLatency,Smpte2110ReceiverGroupSettings,SmsAuthenticationMessage,SmsConfiguration,SmsVerificationMessage,SnapStart,SnapshotArn,SnapshotArns,SnapshotArnsToRestore,SnapshotClusterIdentifier,SnapshotCopyConfigurations,SnapshotCopyGrantName,SnapshotCopyManual,SnapshotCopyRetentionPeriod,SnapshotId,SnapshotIdentifier,SnapshotManagement,SnapshotName,SnapshotOptions,SnapshotOwnerAccount,SnapshotRetentionLimit,SnapshotS3Location,SnapshotWindow,SnapshottingClusterId,SnowflakeDestinationConfiguration,SnsNotificationsEnabled,SnsRoleName,SnsTopicARN,SnsTopicArn,SnsTopicArns,SnsTopicName,SnsTopicStatus,SoftwareSetUpdateMode,SoftwareSetUpdateSchedule,SoftwareUpdateOptions,SoftwaresToInstall,SoftwaresToUninstall,SolutionConfig,SolutionStackName,Source,SourceAccessConfigurations,SourceAccount,SourceAlgorithmSpecification,SourceApiAssociationConfig,SourceApiIdentifier,SourceArn,SourceBucketArn,SourceBundle,SourceCidrBlock,SourceCodeUrl,SourceConfiguration,SourceConfigurations,SourceConnection,SourceCustomDbEngineVersionIdentifier,SourceDBClusterIdentifier,SourceDBInstanceAutomatedBackupsArn,SourceDBInstanceIdentifier,SourceDataProviderDescriptors,SourceDataSettings,SourceDbClusterResourceId,SourceDbiResourceId,SourceDestCheck,SourceEndpointArn,SourceEntity,SourceFailoverConfig,SourceFlowConfig,SourceFormat,SourceId,SourceIds,SourceIp,SourceIpConfig,SourceIpamPoolId,SourceLastUpdatedTimestampFormat,SourceListenerAddress,SourceListenerPort,SourceLocationArn,SourceLocationName,SourceMetadata,SourceMonitoringConfig,SourceName,SourceParameters,SourcePhoneNumberArn,SourcePortRange,SourcePortfolioId,SourcePrefixListId,SourcePriority,SourceProcessingProperties,SourceRegion,SourceResource,SourceRoleArn,SourceS3Location,SourceS3Path,SourceSecurityGroupId,SourceSecurityGroupName,SourceSecurityGroupOwnerId,SourceStackId,SourceTransitGatewayAttachmentId,SourceTransitGatewayAttachmentType,SourceType,SourceURI,SourceUri,SourceVersion,SourceVersionNumber,SourceViews,SourceVolumeARN,SourceVolumeId,Sources,SpaceDisplayName,SpaceId,SpaceName,SpaceSettings,SpaceSharingSettings,Spaces,SpdxLicenseId,Spec,Specification,Specifications,SpendingLimit,SplitChargeRules,SplitTunnel,SplunkDestinationConfiguration,SpoolingMode,SpotFleetRequestConfigData,SpotOptions,SpotPrice,SpreadLevel,SqlInjectionMatchTuples,SqlServerCredentials,SqsManagedSseEnabled,SrtSettings,SseConfig,SseConfiguration,SseSpecification,SshKeyName,SshPublicKey,SshPublicKeys,SshUsername,SslConfiguration,SslMode,SslPolicy,SslProperties,SsmAssociations,SsmCommandConfig,SsmInstanceID,StackFilters,StackId,StackInstanceControl,StackInstancesGroup,StackName,StackSetName,Stage,StageArn,StageDescription,StageKeys,StageName,StageVariables,Stages,StagingAreaSubnetId,StagingAreaTags,StandardOutputConfiguration,StandardsArn,StandbyReplicas,StartCanaryAfterCreation,StartDate,StartOnCreation,StartTime,StartTimeOffset,StartWindowHours,StartedOnCreate,StarterPrompts,StartingPosition,StartingPositionTimestamp,StartoverWindowSeconds,StartupScriptS3ObjectVersion,StartupScriptS3Path,Stat,State,StateMachineArn,StateMachineName,StateMachineRevisionId,StateMachineType,StateTemplateProperties,StateTemplates,Statement,StatementId,StatementName,StaticIpName,StaticRoutesOnly,Statistic,StatisticsConfigurations,Status,StatusCode,StatusCodeMatcher,StatusReason,StatusToUpdate,StatusUpdateInterval,StepAdjustments,StepConcurrencyLevel,StepScalingPolicyConfiguration,Steps,StopConditions,StoppingCondition,StorageCapacity,StorageClass,StorageClassConfiguration,StorageConfig,StorageConfiguration,StorageConfigurations,StorageConnectors,StorageCount,StorageEncrypted,StorageLensConfiguration,StorageLocation,StorageMode,StorageServerType,StorageSize,StorageThroughput,StorageTier,StorageType,StorageVirtualMachineArn,StoreFormat,StoreOptions,Strategy,StreamARN,StreamClass,StreamConfiguration,StreamConfigurationList,StreamDeliveryResources,StreamEncryption,StreamId,StreamModeDetails,StreamName,StreamNameOutputMode,StreamSpecification,StreamStorageConfiguration,StreamView,StreamingDistributionConfig,StreamingExperienceSettings,StreamsKmsKey,StreamsKmsRole,StringValues,StructuredLogDestinations,StsAccess,StsPolicyDocument,StudioComponentIds,StudioEncryptionConfiguration,StudioId,StudioLifecycleConfigAppType,StudioLifecycleConfigContent,StudioLifecycleConfigName,StudioName,Style,SubDomainSettings,Subdirectory,Subdomain,Subject,SubjectAlternativeNames,SubnetArn,SubnetArns,SubnetChangeProtection,SubnetGroupIdentifier,SubnetGroupName,SubnetId,SubnetIds,SubnetMapping,SubnetMappings,Subnets,SubscribeAuthModes,SubscriberArn,SubscriberDescription,SubscriberIdentity,SubscriberName,Subscribers,Subscription,SubscriptionDefinitionId,SubscriptionDefinitionVersionArn,SubscriptionName,SubscriptionRoleArn,SubscriptionTargetConfig,Subscriptions,Subtitle,Subtype,SuccessRedirectionURL,SuccessRetentionPeriod,SuccessThreshold,SuiteDefinitionConfiguration,SummaryConfiguration,SuperuserParameters,SupplementalSettings,SupplierDomain,SupplierIdentifier,SupportCaseDisplayId,SupportContainerDefinitions,SupportDescription,SupportEmail,SupportUrl,SupportedHardwareType,SupportedIdentityProviders,SupportedIpAddressTypes,SupportedLoginProviders,SupportedOsVersions,SupportedRegions,SuppressionOptions,SuspendedState,SvmAdminPassword,SybaseSettings,SyncCompliance,SyncConfig,SyncFormat,SyncName,SyncRole,SyncSchedule,SyncSource,SyncType,SynchronizationConfiguration,SyntheticDataParameters,SystemIdentifier,SystemPrompt,SystemVersion,TLSEnabled,TLSInspectionConfiguration,TLSInspectionConfigurationName,TTL,TableARN,TableBucketARN,TableBucketName,TableCatalogId,TableClass,TableInput,TableMappings,TableName,TableOptimizerConfiguration,TablePrefix,TableReference,TagFieldSpecifications,TagKey,TagKeyBoundaries,TagOptionId,TagPropagation,TagRestrictedResources,TagSpecifications,TagUpdateOnProvisionedProduct,TagValue,TagValues,Tags,Taints,TapeBarcode,TapeSizeInBytes,Target,TargetAccountId,TargetAction,TargetAddress,TargetArn,TargetArns,TargetCapacitySpecification,TargetCheckNames,TargetClusterArn,TargetConfiguration,TargetConnectionNetworkType,TargetControlPort,TargetDataProviderDescriptors,TargetDeployment,TargetDomainIds,TargetDomainName,TargetDpus,TargetEndpointArn,TargetFilters,TargetFunctionArn,TargetGroupARNs,TargetGroupAttributes,TargetGroupName,TargetId,TargetIdentifier,TargetIds,TargetInstanceTypeRightSizingMethod,TargetIps,TargetKeyId,TargetName,TargetNameServerMetricsEnabled,TargetNetwork,TargetNetworkCidr,TargetOnDemandCapacity,TargetOperations,TargetParameters,TargetPipeline,TargetPipelineVersion,TargetProcessingProperties,TargetRedshiftCatalog,TargetRepository,TargetResourceType,TargetRole,TargetRoleArn,TargetRouteTableId,TargetS3Configuration,TargetSelection,TargetSpotCapacity,TargetTable,TargetTrackingConfiguration,TargetTrackingScalingPolicyConfiguration,TargetType,TargetUrlPrivateConnectionName,TargetVersion,TargetVpcSubnetId,Targets,Task,TaskArn,TaskConfig,TaskConfiguration,TaskData,TaskDefinition,TaskDefinitionArn,TaskDefinitionType,TaskInvocationParameters,TaskMode,TaskName,TaskParameters,TaskReportConfig,TaskRoleArn,TaskSetId,TaskType,Tasks,TaxInheritanceDisabled,TdeCredentialArn,TdeCredentialPassword,TeamId,TeamsChannelId,TeamsChannelName,TeamsTenantId,TelemetryConfig,TelemetrySinkConfigArn,Template,TemplateArn,TemplateBody,TemplateConfiguration,TemplateContent,TemplateDescription,TemplateId,TemplateName,TemplateProviderDetails,TemplateS3Uri,TemplateSSMDocumentDetails,TemplateSelectionExpression,TemplateSubject,TemplateType,TemplateURL,Tenancy,TenancyConfig,TenantName,TerminateInstanceOnFailure,TerminateInstancesWithExpiration,TerminationHookEnabled,TerminationPolicies,TerminationProtectionEnabled,TermsAccepted,TermsName,TermsSource,TestAliasTags,TestBotAliasSettings,TestBotAliasTags,TestEnvPreference,TextPart,Theme,ThemeArn,ThemeId,ThingArn,ThingGroupName,ThingGroupProperties,ThingName,ThingPrincipalType,ThingTypeName,ThingTypeProperties,Threshold,ThresholdCount,ThresholdExpression,ThresholdMetricId,Throttle,Throughput,ThroughputConfig,ThroughputMode,ThumbnailConfiguration,ThumbprintList,Tier,TieredStorageConfig,Tiering,TieringConfigurationName,TieringConfigurationTags,TimeBasedAutoScaling,TimeDelaySeconds,TimePeriod,TimeRanges,TimeShiftConfiguration,TimeToLiveSpecification,TimeUnit,TimeZone,TimeZoneId,Timeout,TimeoutConfig,TimeoutInMillis,TimeoutInMinutes,TimeoutInSeconds,TimeoutSeconds,TimeoutSettings,Timezone,Title,TlsConfig,TlsPolicy,TlsPolicyName,ToPort,Token,TokenDomains,TokenKey,TokenKeyId,TokenKeyName,TokenSigningPublicKeys,TokenValidityUnits,ToolbarConfiguration,Tools,TopicArn,TopicConfigurationList,TopicId,TopicName,TopicPolicyConfig,TopicRulePayload,Topics,TotalContainerDatabases,TotalMemoryLimitMebibytes,TotalQuantity,TotalTargetCapacity,TotalVcpuLimit,TraceConfiguration,TraceContent,Tracing,TracingConfig,TracingConfiguration,TracingEnabled,TrackLatestVersion,TrackName,TrackerName,TrackingConfigArn,TrackingOptions,TrackingServerName,TrackingServerSize,TrafficDialPercentage,TrafficDirection,TrafficIpAddressType,TrafficMirrorFilterId,TrafficMirrorTargetId,TrafficPercentageToMonitor,TrafficPolicyId,TrafficPolicyName,TrafficPolicyVersion,TrafficRoutingConfig,TrafficSources,TrafficType,TrailName,TrainingContainerConfig,TrainingData,TrainingSpecification,TranscodeProfileName,TransferAddress,TransformEncryption,TransformParameters,Transformation,TransformationRules,Transformer,TransformerConfig,Transforms,TransitEncryption,TransitEncryptionEnabled,TransitEncryptionMode,TransitGatewayArn,TransitGatewayAttachmentId,TransitGatewayCidrBlocks,TransitGatewayConfiguration,TransitGatewayId,TransitGatewayMeteringPolicyId,TransitGatewayMulticastDomainId,TransitGatewayPolicyTableId,TransitGatewayRouteTableArn,TransitGatewayRouteTableId,TransportAttachmentId,TransportProtocol,TransportTransitGatewayAttachmentId,TreatMissingData,TreatmentDescription,TreatmentName,TreatmentOverrides,Treatments,TrialComponentName,TriggerConfig,TriggerConfigurations,TriggerEventSource,TriggerMode,TriggerResourceUpdateOn,Triggers,Truncation,TrustAnchorArn,TrustProviderType,TrustStoreArn,TrustStoreConfiguration,TrustedIdentityPropagationEnabled,TrustedResourceOwners,Ttl,TumblingWindowInSeconds,TunnelBandwidth,TunnelInsideIpVersion,TwoWay,Type,TypeArn,TypeName,TypeNameAlias,TypeVersionArn,UiTemplate,UnhealthyThresholdCount,Unit,UnmanagedvCpus,UnreferencedFileRemoval,UnusedReservationBillingOwnerId,Update,UpdateConfig,UpdateIntegrationDetails,UpdateMethod,UpdatePolicy,UpdateStrategy,UpdatedLatestPatchVersion,UpgradePolicy,UplinkBandwidthBits,UplinkDelayMs,UplinkJitterMs,UplinkLossPercent,UploadAllowed,UpstreamRegistry,UpstreamRegistryUrl,UpstreamRepositoryPrefix,Upstreams,Uri,UriPathRoute,UriSeparator,Url,UrlEndpoint,Usage,UsageLevel,UsageMode,UsagePlanId,UsagePlanName,UsageTrackingResource,UsageType,UsbDeviceFilterStrings,UseAs,UseAwsProvidedLatestImage,UseCase,UseClientCertificateOCSPEndpoint,UseCognitoProvidedValues,UseCustomCookbooks,UseDedicatedReplicationServer,UseDefaultConfigurations,UseDefaultProcessorFeatures,UseDefaults,UseEbsOptimizedInstances,UseHistoricalData,UseLatestRestorableTime,UseOpsworksSecurityGroups,UsePreviousTemplate,UseServiceLinkedRole,User,UserAccessLoggingSettingsArn,UserAttributeUpdateSettings,UserAttributes,UserAttributesForFindings,UserBackgroundSessionsEnabled,UserContextPolicy,UserData,UserExperienceVersion,UserGroupId,UserGroupIds,UserHierarchyStructure,UserId,UserIdentifier,UserIds,UserName,UserNames,UserParameters,UserPoolAddOns,UserPoolConfig,UserPoolId,UserPoolName,UserPoolTags,UserPoolTagsAtCreate,UserPoolTier,UserProficiencies,UserProfileName,UserRole,UserRoleArn,UserRoleRequired,UserRules,UserSettings,UserSettingsArn,UserTokenConfigurations,UserTrustProviderType,UserType,UserVolumeEncryptionEnabled,Username,UsernameAttributes,UsernameConfiguration,Users,VPCConfig,VPCConnectionId,VPCEndpointId,VPCId,VPCOptions,VPCSecurityGroups,VPCZoneIdentifier,VPCs,ValidFrom,ValidUntil,ValidateRequestBody,ValidateRequestParameters,Validation,ValidationCertificateArn,ValidationConfigurations,ValidationData,ValidationMethod,ValidationMode,ValidationSettings,ValidationSpecification,ValidationStrategy,ValidationWindowHours,Validators,Validity,ValidityNotBefore,Value,ValueLockLevel,ValueType,Values,VariableType,Variables,VariantName,Variants,Variations,VaultName,VcfHostnames,VcfVersion,VdmOptions,VectorBucketArn,VectorBucketName,VectorIndexes,VectorIngestionConfiguration,VectorOptions,VectorSearchConfiguration,Vendor,VendorGuidance,VendorId,VerificationCertificatePem,VerificationMessageTemplate,VerificationMethod,VerifiedAccessGroupId,VerifiedAccessInstanceId,VerifiedAccessTrustProviderIds,VerifiedAccessTrustProviders,Version,VersionBump,VersionDescription,VersionId,VersionLabel,VersionName,VersioningConfiguration,Video,VideoContentSourceUrl,VideoFormat,ViewArn,ViewContentSha256,ViewName,VirtualClusterId,VirtualGatewayId,VirtualGatewayName,VirtualInterfaceName,VirtualMfaDeviceName,VirtualNetworkId,VirtualNodeName,VirtualPrivateGatewayExclusionInput,VirtualRouterName,VirtualServiceName,VirtualizationType,Visibility,VisibilityConfig,VisibilityTimeout,VisibleRegions,VisibleServices,VisibleToAllUsers,VisualReference,VisualReferences,Vlan,VocabularyFileUri,VocabularyFilterFileUri,VocabularyFilterName,VocabularyName,VodSourceName,VoiceEnhancementConfigs,VolumeConfigurations,VolumeEncryptionKey,VolumeId,VolumeInitializationRate,VolumeKmsKeyId,VolumeSizeInBytes,VolumeSizeInGB,VolumeType,Volumes,Vpc,VpcArn,VpcConfig,VpcConfigs,VpcConfiguration,VpcConnectionArn,VpcConnectionProperties,VpcConnectorName,VpcEncryptionControl,VpcEndpointId,VpcEndpointType,VpcID,VpcId,VpcIdentifier,VpcIds,VpcInformation,VpcIngressConnectionName,VpcInterfaceAttachment,VpcInterfaceName,VpcInterfaces,VpcLatticeConfigurations,VpcLatticeExclusionInput,VpcOptions,VpcOriginEndpointConfig,VpcPeeringConnectionId,VpcPeeringExclusionInput,VpcProperties,VpcSecurityGroupIds,VpcSecurityGroups,VpcSettings,VpcSubnetIds,VpcSubnets,VpceConfigurationDescription,VpceConfigurationName,VpceServiceName,VpnConcentratorId,VpnConnectionArn,VpnConnectionId,VpnEcmpSupport,VpnGatewayId,VpnPort,VpnTunnelOptionsSpecifications,WALWorkspaceName,WafConfiguration,WaitForSuccessTimeoutSeconds,WarmPoolConfig,WarmThroughput,WarmThroughputMiBps,WarmUpConfiguration,WebACLArn,WebACLId,WebAppCustomization,WebAppEndpointPolicy,WebAppUnits,WebAuthnAllowed,WebAuthnFactorConfiguration,WebAuthnRelyingPartyID,WebAuthnUserVerification,WebContentFilteringPolicy,WebserverAccessMode,Website,WebsiteConfiguration,WeeklyMaintenanceWindowStart,Weight,WelcomeMessage,Whitelist,WhitelistCidr,WhitelistRules,WidgetDateRangeOverride,WidgetIds,Widgets,WindowId,WindowsConfiguration,WirelessDevices,WirelessGateways,WithFederation,WithoutMetadata,WordPolicyConfig,Words,WorkGroup,WorkGroupConfiguration,WorkGroupConfigurationUpdates,WorkerConfiguration,WorkerReplacementStrategy,WorkerType,WorkerTypeSpecifications,WorkflowBucketOwnerId,WorkflowDetails,WorkflowId,WorkflowName,Workflows,WorkforceName,WorkforceVpcConfig,Workgroup,WorkgroupName,WorkingDirectory,WorkloadName,Workspace,WorkspaceArn,WorkspaceConfiguration,WorkspaceDescription,WorkspaceId,WorkspaceInstanceId,WorkspaceName,WorkspaceProperties,WorkspaceSecurityGroupId,WorkteamName,Worm,WriteAttributes,WriteOnDemandThroughputSettings,WriteProvisionedThroughputSettings,XMLClassifier,XrayEnabled,XssMatchTuples,ZeroEtlAccess,Zip,ZonalAutoshiftStatus,ZonalConfig,ZonalShiftConfig,ZookeeperAccess,readmeMarkdown,readmePath,readmeUri",
    services: {
        "Alexa::ASK": "Skill:cs.3m6.47e",
        "AWS::AccessAnalyzer": "Analyzer:7e.7f.a2.3w3.43e;ArchiveRule:7f.1ms.3cy",
        "AWS::AccountAccess": "Application:1vn.3w3;Entitlement:8q.1gp",
        "AWS::ACMPCA": "Certificate:80.lt.m9.3lr.3yi.46r.46s;CertificateAuthority:ww.247.24m.3b1.3lr.3tm.3w3.43e.44d;CertificateAuthorityActivation:lp.lt.lw.3rt;Permission:2l.lt.2xe.3no",
        "AWS::AgentRegistry": "Registry:9j.dj.166.18v.2jb.3w3;RegistryRecord:166.167.190.2jb.33k.33l.34w.3w3",
        "AWS::AIOps": "InvestigationGroup:mz.wr.1f7.20w.22a.2jb.3ak.3b9.3vv.3w3",
        "AWS::AmazonMQ": "Broker:cx.e3.is.ri.10k.10l.15t.1fd.1gg.1gh.1t7.274.2al.2b1.319.39e.3hm.3si.3sl.3tu.3w3.463;Configuration:cx.ze.166.1gg.1gh.2jb.3w3;ConfigurationAssociation:ir.ri",
        "AWS::Amplify": "App:1n.dq.h3.je.k8.r0.xe.xu.166.1ds.1hj.1u9.22y.2jb.2mj.2u0.372.3w3;Branch:89.g8.h3.in.je.r0.166.1do.1ei.1en.1er.1hj.1oq.31h.3qp.3w3;Domain:89.er.es.m8.1am.1dr.3tj;Webhook:89.in.166.3w3",
        "AWS::AmplifyUIBuilder": "Component:89.ho.n3.po.qb.1he.1j5.2jb.2pr.2zk.3gk.3oe.3w3.470;Form:89.wy.11e.1he.1m4.1om.25s.2jb.3gk.3h9.3ti.3w3;Theme:89.1he.2jb.2pr.3w3.46w",
        "AWS::ApiGateway": "Account:oe;ApiKey:y2.166.1ex.1q6.2jb.3qs.3w3.46t;Authorizer:cp.dc.di.dk.1vn.1vr.2jb.304.3a2.43e;BasePathMapping:gz.1am.1ut.3a2.3qp;BasePathMappingV2:gz.1an.3a2.3qp;ClientCertificate:166.3w3;Deployment:15l.166.3a2.3qr.3qt;DocumentationPart:292.2zk.3a2;DocumentationVersion:166.1a4.3a2;DomainName:lr.1am.1fn.1fq.2j9.2q3.34o.3cg.3ho.3w3;DomainNameAccessAssociation:r.s.1an.3w3;DomainNameV2:lr.1am.1fn.1fq.2un.3cg.3ho.3w3;GatewayResponse:39z.3a0.3a1.3a2.3ru;Method:7u.d2.d3.df.1tv.208.2fd.2nt.37h.37j.37m.38w.3a2;Model:us.166.2jb.3a2.3gb;RequestValidator:2jb.3a2.46e.46f;Resource:2qz.2rk.3a2;RestApi:7y.hn.i5.i6.o4.166.18h.1fn.1fq.1l2.2gg.2gp.2jb.2qq.2un.3ho.3w3.47m;Stage:16.k6.k7.kp.nm.15s.166.1a4.2fe.3a2.3qt.3w3.41d.46y;UsagePlan:81.166.32f.3w3.3zq.44f;UsagePlanKey:24e.24n.44e;VpcLink:166.2jb.3w3.3wc",
        "AWS::ApiGatewayV2": "Api:7x.gz.i5.i6.vo.wj.166.18h.18l.1l2.218.2jb.2zz.3bx.3c1.3w3.3w7.47m;ApiGatewayManagedOverrides:7s.208.3bu.3qp;ApiMapping:7s.7z.1am.3qp;Authorizer:7s.dd.dh.di.dj.dk.1ep.1vn.1vr.23m.2jb;Deployment:7s.166.3qt;DomainName:1am.1ao.2j9.3cg.3w3;Integration:7s.sn.t0.un.wj.166.20c.20f.20g.20h.2ra.2ro.37j.37k.39z.3ys.40c.40j;IntegrationResponse:7s.un.20b.20e.39z.3a0.3ys;Model:7s.us.166.2jb.3gb;PortalProduct:166.190.3w3;Route:7s.7u.d2.d3.df.2hn.2nt.37h.37j.3bx.3c0.3w7;RouteResponse:7s.2hn.39y.39z.3bw.3bz;RoutingRule:2l.r7.1an.2xo;Stage:17.1e.7s.du.nm.13p.15s.166.3c4.3qt.3qu.3w3;VpcLink:2jb.3hj.3tu.3w3",
        "AWS::AppConfig": "Application:166.2jb.3w3;ConfigurationProfile:8w.150.166.25c.296.2jb.3as.3w3.43e.46q;Deployment:8w.rt.s1.15z.166.1bc.1hc.25c.3w3;DeploymentStrategy:15q.166.1n6.1rl.1rm.2jb.365.3w3;Environment:8w.150.166.2ie.2jb.3w3;ExperimentDefinition:8x.ce.cf.ru.v3.1hd.1nq.1u7.26l.2jb.3w3.42u;ExperimentRun:8x.166.1jx.1kh.3w3.42t;Extension:2l.166.26j.2jb.2qq.3w3;ExtensionAssociation:1ko.1kp.2qq.38x.3w3;HostedConfigurationVersion:8w.rt.uk.us.166.26j.47q",
        "AWS::AppFlow": "Connector:tb.tf.tg.166;ConnectorProfile:sr.tb.td.te.th.23n;Flow:166.16q.1o6.1o9.23n.2f6.3oc.3w3.3y7.42w",
        "AWS::AppIntegrations": "Application:8s.99.9b.166.1w1.1y0.22n.2jb.2jd.2sn.3w3;DataIntegration:166.1mb.258.2jb.2mk.3fh.3pa.3w3;EventIntegration:166.1i8.1im.2jb.3w3",
        "AWS::ApplicationAutoScaling": "ScalableTarget:2cn.2g8.38w.3b7.3ey.3fv.3k3.3uy.3w3;ScalingPolicy:2ux.2v5.2wb.38w.3ey.3f8.3k3.3s1.3xl",
        "AWS::ApplicationInsights": "Application:bw.ds.jv.q9.x3.1rj.29x.2ny.2nz.38u.3eh.3w3",
        "AWS::ApplicationSignals": "Discovery:;GroupingConfiguration:1rh;ServiceLevelObjective:ji.166.1jj.1qt.2jb.37c.3mf.3w3",
        "AWS::AppMesh": "GatewayRoute:1q1.2es.2et.3pp.3w3.481;Mesh:2es.3pp.3w3;Route:2es.2et.3by.3pp.3w3.487;VirtualGateway:2es.2et.3pp.3w3.481;VirtualNode:2es.2et.3pp.3w3.485;VirtualRouter:2es.2et.3pp.3w3.487;VirtualService:2es.2et.3pp.3w3.488",
        "AWS::AppRunner": "AutoScalingConfiguration:eh.2cp.2de.2gb.3w3;ObservabilityConfiguration:2mt.3w3.418;Service:eg.1f8.1s2.1z4.2jz.2ms.3k2.3nx.3w3;VpcConnector:3hm.3tx.3w3.495;VpcIngressConnection:1xt.3jk.3w3.49e",
        "AWS::AppStream": "AppBlock:166.190.2jb.2qc.2vz.3kx.3p1.3w3;AppBlockBuilder:z.85.166.190.1dw.1uk.1zz.2jb.2u0.3w3.490;Application:84.cd.166.190.1us.1z8.26o.26p.2jb.2u7.3w3.4bl;ApplicationEntitlementAssociation:8x.1gr.3qn;ApplicationFleetAssociation:8q.1nt;DirectoryConfig:lu.18b.2om.3jh;Entitlement:8m.cc.166.2jb.3qn;Fleet:qq.166.18i.18t.190.1ak.1dw.1nx.1uk.1vu.1w3.1w9.1zz.2cr.2dd.2dh.2jb.2u0.3bk.3ko.3t2.3w3.44i.490;ImageBuilder:z.9v.166.18i.190.1ak.1dw.1uk.1w3.1w9.1zz.2jb.3bk.3ni.3nj.3w3.490;Stack:z.4b.97.cd.ur.14x.166.190.1df.1lx.2jb.343.3sb.3t4.3w3.45u;StackFleetAssociation:1nt.3qn;StackUserAssociation:cy.3ig.3qn.45e;User:cy.1np.26b.2ev.45e",
        "AWS::AppSync": "Api:1ig.2jb.2pw.3w3;ApiCache:7p.7s.bv.1sh.42b.439.43e;ApiKey:7s.166.1k7;ChannelNamespace:7s.p4.p8.1rv.2jb.31b.3ty.3w3;DataSource:7s.166.1bd.1d1.1i9.1ts.25z.2fu.2jb.2nl.354.3kb.43e;DomainName:lr.166.1am.3w3;DomainNameApiAssociation:7s.1am;FunctionConfiguration:7s.p1.p8.112.166.1pf.2cl.2jb.37f.37g.39w.39x.3dh.3v2;GraphQLApi:36.82.cy.1gj.1hj.20u.25y.29b.2eq.2jb.2ni.2pw.31r.384.3w3.45i.48a.4c2;GraphQLSchema:7s.14d.14g;Resolver:7s.ki.p1.p8.112.1m2.24s.2cl.2fu.2tb.37f.37g.39w.39x.3dh.3v2.43g;SourceApiAssociation:166.2er.3nq.3nr;Type:7s.14d.1on",
        "AWS::AppTest": "TestCase:166.2jb.3s2.3w3",
        "AWS::APS": "AnomalyDetector:5i.ri.1hx.25u.2gl.3w3.4bn;ResourcePolicy:2us.4bo;RuleGroupsNamespace:ze.2jb.3w3.4bn;Scraper:5i.16l.3bb.3gt.3gu.3nm.3w3;Workspace:5c.5i.259.2aa.31x.3w3.4bp",
        "AWS::ARCRegionSwitch": "Plan:be.166.1jr.2jb.2xd.33r.33w.34r.36t.3w3.431.4bg",
        "AWS::ARCZonalShift": "AutoshiftObserverNotificationStatus:3rt;ZonalAutoshiftConfiguration:2w3.38x.4c6",
        "AWS::Athena": "CapacityReservation:ku.2jb.3w3.3wn;DataCatalog:t0.166.1hl.2jb.2qq.3rt.3w3.43e;NamedQuery:11g.166.2jb.322.4b5;PreparedStatement:166.321.3ro.4b5;WorkGroup:166.2jb.340.3rf.3w3.4b6.4b7",
        "AWS::AuditManager": "Assessment:al.fv.14n.166.1ot.2jb.3bf.3gn.3rt.3w3;AssessmentFramework:q8.v8.166.2jb.3w3",
        "AWS::AutoScaling": "AutoScalingGroup:ei.fj.fl.fm.fs.l4.l5.uu.vb.13a.14z.169.16a.1s5.1sf.1zc.1zf.1zg.26k.26s.27p.28l.2d3.2de.2ft.2gb.2gm.2kn.2lf.2lh.2tr.3k1.3mb.3w3.3wr.3z2.41v.46a;LaunchConfiguration:bc.hs.nf.ng.1bt.1uh.1w8.1zc.1zk.1zz.245.24g.26k.2f9.2tw.32j.3hm.3pz.456;LifecycleHook:ei.13l.1sj.27o.27s.2lk.2lp.3b7;ScalingPolicy:3s.ei.vb.1hr.2fg.2g7.2v5.2wa.3f1.3rz.3xk;ScheduledAction:ei.169.1fl.2de.2gb.33y.3r4.408;WarmPool:ei.1zs.2d2.2gb.2v9",
        "AWS::AutoScalingPlans": "ScalingPlan:98.3f4",
        "AWS::AWSExternalAnthropic": "Workspace:10o.2jb.3w3",
        "AWS::B2BI": "Capability:ri.205.2jb.3w3.43e;Partnership:kq.ks.1d6.2jb.2t1.2yq.3w3;Profile:jj.1d6.2a8.2jb.2t1.3w3;Transformer:1ca.1mc.1y9.2c0.2c1.2jb.2pf.3eo.3ep.3rt.3w3",
        "AWS::Backup": "BackupPlan:gc.ge;BackupSelection:gd.gk;BackupVault:1d.gn.go.1fb.298.2lu;Framework:1or.1os.1ou.1ov;LegalHold:166.33v.3w3.40i;LogicallyAirGappedBackupVault:1d.gn.go.1fb.2d9.2ga.2ih.2lu;ReportPlan:36u.36w.36x.36y.36z;RestoreTestingPlan:33v.3a6.3fm.3fn.3r6.3w3;RestoreTestingSelection:1uk.2zs.2zt.2zu.3a5.3a6.3a7.46p;TieringConfiguration:gn.39a.3zz.400",
        "AWS::BackupGateway": "Hypervisor:1t3.259.29o.2jb.2rb.3w3.460",
        "AWS::Batch": "ComputeEnvironment:qu.qz.uu.1c7.1cr.35v.3ka.3rf.3w3.43e.43m.43t;ConsumableResource:tk.39k.3w3.415;JobDefinition:tl.uc.1c6.1cs.22z.2ky.2qq.2u2.2zg.399.3av.3g9.3w3.40a.43e;JobQueue:qv.239.23a.23f.2xo.3g8.3jt.3rf.3w3;QuotaShare:kw.238.2wc.32g.39g.3rf.3w3;SchedulingPolicy:1lb.2jb.32h.3w3;ServiceEnvironment:kw.3js.3ju.3rf.3w3",
        "AWS::BCM": "Dashboard:166.2jb.3w3.4aw;ScheduledReport:z6.166.2jb.3fh.3g0.3w3.4au.4av",
        "AWS::BCMDataExports": "Export:1kd.3w3",
        "AWS::BcmPricingCalculator": "BillScenario:vq.1k8.1rf.2jb.3w3;WorkloadEstimate:1k8.2jb.32q.3w3",
        "AWS::Bedrock": "Agent:2d.4f.4g.4j.4l.e6.xl.xz.166.1op.1ro.1vv.204.25k.2ek.2o9.2ze.3m9.3w3.3z7;AgentAlias:4c.4h.166.3ce.3w3;ApplicationInferenceProfile:166.1xe.2ho.3w3;AutomatedReasoningPolicy:166.1og.25b.2jb.2up.3w3;AutomatedReasoningPolicyVersion:26e.2uo.3w3;Blueprint:i4.256.25b.3gb.3w3.43e;DataAutomationLibrary:1f8.279.27a.3w3;DataAutomationProject:xm.256.25b.2pq.2z2.2z6.2zb.3qy.3w3;DataSource:zm.110.166.25i.2jb.3j4.479;EnforcedGuardrailConfiguration:1rp.1rr.2h0.3i6;Flow:xz.14d.14g.14h.14i.166.1js.2jb.3w3.3z7;FlowAlias:r2.166.1o1.2jb.3ce.3w3;FlowVersion:166.1o1;Guardrail:ey.hz.i0.up.uz.ws.166.259.2jb.3il.3w3.410.4b3;GuardrailVersion:166.1rp;IntelligentPromptRouter:166.1ld.2hr.2zf.3cf.3w3;KnowledgeBase:166.25h.2jb.3b9.3s9.3w3;KnowledgeBasePolicy:25i.2us;Prompt:xz.145.166.2jb.3w3.470;PromptVersion:166.2zd.3w3;ResourcePolicy:2us.38d;Session:1fb.3kj.3w3",
        "AWS::BedrockAgentCore": "ApiKeyCredentialProvider:7t.7v.7w.2jb.3w3;BrowserCustom:iy.md.166.1go.1js.2jb.2jz.33m.3w3;BrowserProfile:166.2jb.3w3;CapacityProvider:qs.166.2jb.2sr.3w3;CodeInterpreterCustom:md.166.1js.2jb.2jz.3w3;ConfigurationBundle:in.jh.px.qd.w8.166.259.3w3;Dataset:11z.166.259.3gj.3nm.3w3;Evaluator:166.1i3.1i4.259.278.3w3;Gateway:db.dj.166.1j7.20l.259.2jb.2uu.2zx.2zz.3b9.3w3.4a5;GatewayRateLimit:166.182.1h0.1pv.32p;GatewayRule:2l.r7.166.1pv.2xo;GatewayTarget:wg.166.1pv.2f7.2jb.2xz.3wg;Harness:6s.db.1h3.1h7.1hj.1js.1ry.2d4.2df.2ej.2gq.3m7.3vc.3w3.40f.40v.432;HarnessEndpoint:166.1fy.1rx.3w3.3xo;Memory:166.1fb.1il.1x6.2el.2ep.2jb.2jg.3su.3w3;OAuth2CredentialProvider:wh.2jb.2mi.3w3;OnlineEvaluationConfig:ox.10z.166.1hu.1i5.1ju.1yv.2ne.3co.3w3;PaymentConnector:tc.th.wg.166.2rr.30d;PaymentCredentialProvider:wh.2jb.307.3w3;PaymentManager:db.dj.166.2jb.3b9.3w3;Policy:14d.166.1g6.2jb.2uv.46l;PolicyEngine:166.1fb.2jb.3w3;ResourcePolicy:2un.38d;Runtime:4m.4o.db.kz.166.1hj.1mq.27m.2jz.2u6.2zx.37d.3b9.3w3;RuntimeEndpoint:4n.4p.166.2jb.3w3;WorkloadIdentity:6p.2jb.3w3",
        "AWS::BedrockMantle": "Project:2jb.3w3",
        "AWS::Billing": "BillingView:zs.166.2jb.3pe.3w3",
        "AWS::BillingConductor": "BillingGroup:1y.qn.166.2jb.2x7.3w3;CustomLineItem:1z.hg.hk.qo.xk.166.2jb.2wu.3w3;PricingPlan:166.2jb.2x5.3w3;PricingRule:hf.166.2hu.2jb.2ns.3gn.3jc.3w3.3zy.43e.44h",
        "AWS::Braket": "SpendingLimit:17m.3ps.3w3.403",
        "AWS::Budgets": "Budget:j7.2lv.39j;BudgetsAction:2j.2k.9m.j8.14d.1js.2lt.39j.3u3",
        "AWS::Cases": "Case:y2.1ai.3w3.3yn.40i;CaseRule:166.1ai.2jb.3co.3w3;Domain:2jb.3w3;Field:cc.166.1ai.2jb.3w3.43e;Layout:uk.1ai.2jb.3w3;RelatedItem:la.uk.1ai.3w3.43e;Template:166.1ai.273.2jb.37q.3d9.3rt.3w3",
        "AWS::Cassandra": "Keyspace:nx.24q.36m.3w3;Table:en.hj.lg.nx.oy.142.1ff.24q.2r5.2uk.34y.362.3vp.3w3.4a8;Type:1m4.24q.43g",
        "AWS::CE": "AnomalyMonitor:2i1.2i2.2i3.2i4.39j;AnomalySubscription:1ow.2i0.39j.3u3.3u7.3zm.3zo;CostCategory:144.2jb.3d8.3d9.3pt.3w3",
        "AWS::CertificateManager": "Account:1k9;AcmeDomainValidation:28.1am.2x0.3w3;AcmeEndpoint:d1.ls.ma.tr.3w3;AcmeExternalAccountBinding:28.1k2.3b9.3w3;Certificate:lt.lz.mb.1am.1av.247.3tn.3w3.46k",
        "AWS::Chatbot": "CustomAction:2g.5l.c3.14d.3w3;MicrosoftTeamsChannelConfiguration:rp.y8.1rq.1uk.2af.3nc.3w3.3yb.3yc.3yd.3ye.45s;SlackChannelConfiguration:rp.y8.1rq.1uk.2af.3mc.3md.3nc.3w3.45s",
        "AWS::Chime": "AppInstance:2f5.2jb.3w3;AppInstanceBot:8b.ri.2f5.2jb.3w3;AppInstanceUser:8b.8c.1k4.2f5.2jb.3w3;Channel:8b.mo.n4.1ct.1k4.2eb.2f5.2gp.2hs.2jb.2xq.3w3;ChannelFlow:8b.2jb.2yd.3w3;MediaInsightsPipelineConfiguration:1d5.2e3.332.38b.3w3;MediaPipelineKinesisVideoStreamPool:2v8.3ss.3w3;SipMediaApplication:fz.1g1.2jb.3w3;VoiceConnector:fz.2jb.2kj.37n.3w3",
        "AWS::CleanRooms": "AnalysisTemplate:79.166.1ho.1on.2ei.2jb.3gb.3nm.3oo.3va.3w3;Collaboration:6q.7d.dn.wa.wb.wc.wd.zp.166.22g.235.2eg.2jb.31v.3w3;ConfiguredTable:6d.78.7a.166.2jb.3i4.3vs.3w3;ConfiguredTableAssociation:s4.s5.166.2ei.2jb.3b9.3w3;IdMappingTable:166.1yi.259.2ei.2jb.3w3;IdNamespaceAssociation:166.1uv.1yi.2ei.2jb.3w3;IntermediateTable:7a.166.259.2ei.2jb.2va.3w3;Membership:pj.13b.13m.22g.235.2rq.31v.3w3;PrivacyBudgetTemplate:ea.2ei.2qq.2xr.3w3",
        "AWS::CleanRoomsML": "ConfiguredModelAlgorithm:166.1xc.259.2jb.3b9.3w3.41y;ConfiguredModelAlgorithmAssociation:s3.166.2ei.2jb.2xs.3w3;TrainingDataset:166.2jb.3b9.3w3.41z",
        "AWS::Cloud9": "EnvironmentEC2:f7.t0.166.1w8.1zz.2jb.2pv.371.3tt.3w3",
        "AWS::CloudFormation": "ChangeSet:kq.mh.mi.15t.166.1wk.1wy.2lc.2nb.3b7.3qn.3w3.3yj.3yv.44x;CustomResource:3kc.3kd;GeneratedTemplate:1q9.3yk;GuardHook:5i.1jr.1l6.1sz.299.2o6.3cx.3qj.3wp.3x5;HookDefaultVersion:43g.43i.47p;HookTypeConfig:ri.rk.43f.43g;HookVersion:1js.2a9.3gg.43g;LambdaHook:5i.ev.1jr.1l6.1sz.262.2a9.3qj.3wp.3x5;Macro:166.1p9.29t.29z.2jb;ModuleDefaultVersion:a5.2hw.47p;ModuleVersion:2hw.2hx;PublicTypeVersion:a5.29f.318.43e.43g;Publisher:o.sg;ResourceDefaultVersion:43g.43i.47p;ResourceVersion:1js.2a9.3gg.43g;Stack:2lc.2qq.3w3.3yv.40d;StackSet:41.dv.km.kq.166.1jt.2bc.2nu.2qq.2sk.3qm.3qo.3w3.3yj.3yv;TypeActivation:ev.1js.2a9.2b4.317.31g.43e.43g.43h.47n;WaitCondition:vs.1rt.40a;WaitConditionHandle:",
        "AWS::CloudFront": "AnycastIpList:218.21a.21h.2jb.3w3;CachePolicy:kc;CloudFrontOriginAccessIdentity:o7;ConnectionFunction:e7.sk.sl.2jb.3w3;ConnectionGroup:7m.1ex.220.2jb.3w3;ContinuousDeploymentPolicy:v0;Distribution:194.3w3;DistributionTenant:sm.y9.196.1ay.1ex.2ba.2jb.2qq.3w3;FieldLevelEncryptionProfile:1m1;Function:e7.1p2.1p3.1p8.2jb.3w3;KeyGroup:24d;KeyValueStore:pw.1wm.2jb.3w3;MonitoringSubscription:196.2id;OriginAccessControl:2or;OriginRequestPolicy:2ow;PublicKey:314;RealtimeLogConfig:1fk.1m4.2jb.3es;ResponseHeadersPolicy:39v;StreamingDistribution:3t3.3w3;TrustStore:k0.2jb.3w3.44m;VpcOrigin:3w3.49l",
        "AWS::CloudHSM": "Cluster:gj.1tq.2gp.2kj.3tu.3w3",
        "AWS::CloudTrail": "Channel:17a.2jb.3nm.3w3;Dashboard:2jb.34e.3w3.3z3.4aw;EventDataStore:45.hj.uv.1lr.1lu.1xn.1yu.1yx.25b.2d0.2iu.2jb.2oi.3an.3w3.3z3;ResourcePolicy:38d.394;Trail:45.4u.ob.oc.1ec.1ip.1wu.1yu.22f.22i.22j.23r.3dw.3e2.3nd.3w3.41x",
        "AWS::CloudWatch": "Alarm:2m.51.54.58.q1.11s.183.1hs.1ht.1hw.1i0.1i2.1km.206.2fn.2fs.2jd.2mg.2sh.3rr.3w3.3zm.3zp.42q.43l.4aa;AlarmMuteRule:166.1k5.2j7.2jb.3co.3r2.3w3;AnomalyDetector:ri.183.2fi.2fl.2fn.2jd.3lw.3re;CompositeAlarm:2m.2n.2o.2p.51.54.58.59.206.2mg.3w3;Dashboard:z8.zc.3w3;InsightRule:9h.3cr.3cy.3d5.3w3;LogAlarm:2e.2f.2m.51.54.58.q1.206.2mg.31z.320.3fx.3w3.3zm.42q.4aa;MetricStream:1jb.1nc.1wt.1ww.2jb.2ph.3b9.3rs.3w3;OTelEnrichment:",
        "AWS::CodeArtifact": "Domain:1am.1fa.2st.3w3;PackageGroup:u0.166.1am.1ar.2ot.2rl.3w3;Repository:166.1am.1ar.1kr.2st.377.3w3.445",
        "AWS::CodeBuild": "Fleet:gu.qs.r1.1hi.1nu.1nw.1ny.1w8.2jb.2pp.3f3.3w3;Project:af.ed.gp.ja.k1.r3.166.1fa.1h3.1mi.2am.2jb.329.38a.3h0.3h3.3h4.3ka.3nm.3pc.3w3.40d.431.48a.490;ReportGroup:14w.1kf.2jb.3w3.43e;SourceCredential:cp.3j6.40n.460",
        "AWS::CodeCommit": "Repository:p1.25b.375.377.3w3.431",
        "AWS::CodeConnections": "Connection:ss.1t4.30c.3w3;Host:2jb.309.30c.3w3.492",
        "AWS::CodeDeploy": "Application:94.qx.3w3;DeploymentConfig:qx.15n.2gh.41u.4c7;DeploymentGroup:53.94.ee.ek.i1.15k.15n.15r.161.1bm.1c1.1c2.28j.2n8.2n9.2p6.3kb.3w3.3z1.42x",
        "AWS::CodeGuruProfiler": "ProfilingGroup:4k.7g.qx.2yw.3w3",
        "AWS::CodeGuruReviewer": "RepositoryAssociation:j2.sg.2jb.2pt.3w3.43e",
        "AWS::CodePipeline": "CustomActionType:le.rv.1y6.2pc.303.3kv.3w3.47m;Pipeline:ab.ad.18j.1jp.2jb.2tm.3a4.3b9.3qv.3w3.431.46y;Webhook:cq.cs.1n5.2jb.34s.3w3.3w9.3x7.3x8",
        "AWS::CodeStar": "GitHubRepository:p1.sg.1e8.22l.373.375.377.378",
        "AWS::CodeStarConnections": "Connection:ss.1t4.30c.3w3;RepositoryLink:sg.1fb.2px.377.3w3;SyncConfiguration:im.rc.31c.376.392.3b9.3v8.430",
        "AWS::CodeStarNotifications": "NotificationRule:w8.17c.1j2.1j3.2jb.389.3rt.3w3.3wa.3xq",
        "AWS::Cognito": "IdentityPool:60.69.pf.pg.pi.17k.1vf.1vg.2nj.31l.3em.3uu;IdentityPoolPrincipalTag:1ve.1vk.2xk.44s;IdentityPoolRoleAttachment:1ve.3bc.3bf;LogDeliveryConfiguration:29d.45j;ManagedLoginBranding:b7.np.3aw.3kv.44n.45j;Terms:np.1g5.286.3z5.3z6.45j;UserPool:24.3u.5j.ew.14z.17n.1d8.1d9.1da.1dc.1dd.1ez.22t.24b.25z.2fz.2um.3gb.3ml.3mm.3mn.451.45h.45k.45l.45n.461.462.47g.4ah.4ai.4aj;UserPoolClient:1o.6g.6h.6i.7b.cn.kn.nu.13j.1em.1ev.1kc.1q7.1v0.2ak.2x1.32u.34f.34g.3us.40t.45j.4by;UserPoolDomain:xa.1a5.2bf.3cc.45j;UserPoolGroup:166.1rc.2w7.3b9.45j;UserPoolIdentityProvider:c9.1vz.308.30a.30c.45j;UserPoolRegionalConfigurationAttachment:1da.25z.3mm.3rt.45j.45l;UserPoolReplica:34n.45j.45m;UserPoolResourceServer:1v4.2jb.3gr.45j;UserPoolRiskConfigurationAttachment:25.np.qi.3b3.45j;UserPoolUICustomizationAttachment:ju.np.45j;UserPoolUser:nt.16c.1of.2ev.452.45j.460.46j;UserPoolUserToGroupAttachment:1rc.45j.460",
        "AWS::Comprehend": "DocumentClassifier:zf.19v.1ya.265.2gp.2h6.2hh.2pg.3w3.47r.48t.490;DocumentClassifierEndpoint:16e.1fy.2gs.3w3;EntityRecognizer:zf.1ya.265.2h6.2hh.33a.3w3.47r.48t.490;Flywheel:2w.zf.zy.10q.1oa.2hp.3w3.3xt",
        "AWS::ComputeOptimizer": "AutomationRule:wl.166.2jb.2oe.2xo.33c.3d7.3fg.3rt.3w3",
        "AWS::Config": "AggregationAuthorization:d6.d7.3w3;ConfigRule:q6.rf.166.1hz.1yg.2ds.3gn.3nm;ConfigurationAggregator:1u.rj.2oc.3w3;ConfigurationRecorder:2jb.33o.33p.3b7.3r7;ConformancePack:s6.s7.15a.15b.3w3.3yj.3yq.3yr;Connector:t7.3w3;DeliveryChannel:rg.2jb.3dw.3e2.3e3.3na;OrganizationConfigRule:1jh.2od.2og.2oh.2ok;OrganizationConformancePack:s6.15a.15b.1jh.2of.3w3.3yj.3yq;RemediationConfiguration:f1.rf.1jo.2dl.2qq.39k.3at.3wu.3xm.3xo;StoredQuery:31s.31t.31y.3w3",
        "AWS::Connect": "AgentStatus:166.191.1z1.2jb.37z.3rf.3w3.43e;ApprovedOrigin:1zc.2oq;ContactFlow:uk.166.1z1.2jb.3rf.3w3.43e;ContactFlowModule:uk.166.1ku.1z1.2jb.3kv.3rf.3w3;ContactFlowModuleAlias:tv.tw.166.2jb;ContactFlowModuleVersion:tv.166;ContactFlowVersion:tu.166;DataLakeAssociation:10r.1zc.3w8;DataTable:166.1z1.2jb.3rt.3w3.408.46u;DataTableAttribute:119.166.1z1.2jb.2x6.46g.46v;DataTableRecord:119.11a.1z1;EmailAddress:5k.166.190.1d7.1z1.3w3;EvaluationForm:6.e1.166.1z1.22u.266.3ax.3gs.3rt.3w3.3wg.40i;HoursOfOperation:n2.r9.166.1tn.1z1.2jb.2qy.3w3.408;Instance:cc.18a.1vc.1z0.3w3;InstanceStorageConfig:1z1.24v.24y.252.39k.3dy.3sl;IntegrationAssociation:1zc.209.20g.3w3;Metric:166.1z1.2fh.2jb.2vt.3rt.3w3.43l;Notification:uk.1k8.1z1.2xo.339.3w3;PhoneNumber:vt.166.2wm.3os.3w3.3wb.43e;PredefinedAttribute:c5.1z1.2jb.31k.46w;Prompt:166.1z1.2jb.3eg.3w3;Queue:38.166.1tm.1z1.2cs.2jb.2p4.2p5.32b.3rt.3w3;QuickConnect:166.1z1.2jb.32c.3w3;RoutingProfile:4e.13h.166.1z1.2bu.2e0.2jb.326.3w3;Rule:2l.1p1.1z1.2jb.31e.3w3.42y;SecurityKey:1zc.246;SecurityProfile:6b.6c.6f.9d.166.1qx.1sm.1z1.2sn.3hs.3vy.3w3;TaskTemplate:o0.tj.tt.147.166.1m4.1z1.2jb.3i9.3rt.3w3;TestCase:uk.166.1h2.1xx.1z1.2jb.3rt.3w3;TrafficDistributionGroup:166.1z1.2jb.3w3;User:4a.dl.18d.1sl.1vb.1z1.2rb.2sy.2t2.2t3.3ci.3hq.3w3.45o.460.48o;UserHierarchyGroup:1z1.2jb.2qv.3w3;UserHierarchyStructure:1z1.45a;View:2l.166.1z1.2jb.3w3.3yh;ViewVersion:47o.47w.47x;Vocabulary:uk.1zc.265.3w3.48m;Workspace:br.166.1z1.2dz.2jb.2qf.3w3.3zc.40i.48a",
        "AWS::ConnectCampaigns": "Campaign:sa.180.2jb.2p3.3w3",
        "AWS::ConnectCampaignsV2": "Campaign:mu.py.pz.s9.sb.1h1.2jb.3fg.3nm.3w3.43e",
        "AWS::ControlTower": "EnabledBaseline:h1.h2.2qq.3w3.3wv;EnabledControl:v5.2qq.3w3.3wv;LandingZone:2bo.35e.3w3.47m",
        "AWS::CUR": "ReportDefinition:35.3i.hm.qh.1on.34d.36v.370.3du.3e7.3e9.3w3.407",
        "AWS::CustomerProfiles": "CalculatedAttributeDefinition:c7.kj.r7.166.190.1am.3rr.3w3.44u;Domain:118.12i.135.136.1am.2ch.3cq.3w3;DomainObjectType:166.1am.1fa.1m4.2mp.3w3;EventStream:1am.1it.3w3.446;EventTrigger:166.1am.1ix.1iy.1iz.2mp.3hy.3w3;Integration:1am.1j0.1o2.2mp.2mq.3gn.3w3.446;ObjectType:66.166.1am.1fa.1k3.1m4.24p.2d7.2mp.3oj.3ow.3w3.3yn;Recommender:166.1am.33d.33e.33f.3w3;RecommenderSchema:1am.1m4.33g.3w3;SegmentDefinition:166.190.1am.3hw.3hz.3i1.3i2.3w3",
        "AWS::DataBrew": "Dataset:1on.1oo.1y5.2jb.2rj.3nm.3w3;Job:zj.11o.11z.1fb.1fc.23e.2a2.2cn.2da.2jb.2pj.2pn.2yo.2z6.336.3b9.3w3.40a.43e.46i;Project:11z.2jb.338.3b9.3en.3w3;Recipe:166.2jb.3s2.3w3;Ruleset:166.2jb.3d9.3w3.3wb;Schedule:wp.237.2jb.3w3",
        "AWS::DataExchange": "DataSet:b5.166.2jb.3w3;EventAction:29.1i6.3w3",
        "AWS::DataPipeline": "Pipeline:2q.166.2jb.2qm.2qp.2ti.2tl",
        "AWS::DataSync": "Agent:2r.4j.3hg.3tp.3w3.497;LocationAzureBlob:4d.g3.g4.g5.g6.g7.p0.xv.1lq.3tk.3w3;LocationEFS:1a.1bx.1ce.1mf.1wq.3tk.3w3;LocationFSxLustre:1p0.3hg.3tk.3w3;LocationFSxONTAP:2zw.3hg.3sm.3tk.3w3;LocationFSxOpenZFS:1p0.2zw.3hg.3tk.3w3;LocationFSxWindows:p0.xv.1a5.1p0.2rb.3hg.3tk.3w3.44z;LocationHDFS:4d.cy.hy.p0.xv.241.242.243.25d.2jc.31p.36a.3lu.3tk.3w3;LocationNFS:2if.2n7.3iv.3tk.3w3;LocationObjectStorage:13.4d.j2.p0.xv.1lq.3h7.3iq.3iv.3j0.3j2.3tk.3w3;LocationS3:3dv.3dy.3eb.3tk.3w3;LocationSMB:4d.cy.p0.xv.19i.1a5.241.242.243.2if.2rb.3iv.3tk.3w3.44z;Task:o9.16t.1ji.1x0.2bp.2jb.2o6.3fg.3om.3w3.3y0.3y3",
        "AWS::DataZone": "Connection:fy.s2.166.1aj.1ew.1hd.2jb.2z5.2zp.3gn;DataSource:ar.ri.so.166.1aj.1eo.1hd.2jb.2z5.31d.33b.3fg.43e;Domain:166.1ae.1ax.25c.2jb.3ka.3lx.3w3;DomainUnit:166.1aj.2jb.2qs;Environment:15v.166.1aj.1h5.1h6.1h8.1ha.1hf.1hg.1qr.2jb.2z5.45g;EnvironmentActions:166.1aj.1hd.1v4.2jb.2qq;EnvironmentBlueprintConfiguration:1aj.1f0.1h8.1hh.1qj.2b6.30q.30t.34q;EnvironmentProfile:fw.fx.166.1aj.1h8.2jb.2z5.45g;FormType:166.1aj.2gq.2jb.2q4.3rt;GroupProfile:1aj.1ra.1rg.3be.3rt;Owner:1aj.1gv.1gy.2pt;PolicyGrant:17b.1aj.1gv.1gy.2v5.2xe;Project:166.1aj.1at.1qr.2eh.2jb.2z1.2z3.2z7.2z8.39j.45g;ProjectMembership:168.1aj.2ea.2z5;ProjectProfile:61.166.1aj.1au.1hb.2jb.2z9.2za.3rt.44q;SubscriptionTarget:8n.d8.1aj.1hd.2b5.2jb.303.3u9.43e;UserProfile:1aj.3kk.3rt.45c.45y",
        "AWS::DAX": "Cluster:fs.oj.on.166.1u8.2kj.2l4.2lq.2qk.2wl.36a.3ei.3hj.3ts.3w3;ParameterGroup:166.2qk.2ql;SubnetGroup:166.3ts.3tu",
        "AWS::Deadline": "Budget:2l.9t.166.190.1lg.3fg.3w3.44g;Farm:vr.166.190.259.3w3;Fleet:ri.166.190.1lg.1t5.2dj.2ge.3b9.3w3;LicenseEndpoint:3hj.3tu.3w3.49a;Limit:76.166.190.1lg.2ct;MeteredProduct:27e.2yi;Monitor:190.1v8.1va.3b9.3tl.3w3;Queue:6r.12z.166.190.1lg.22x.23c.37r.3b9.3g7.3w3;QueueEnvironment:1lg.2xo.327.3yh.3yu;QueueFleetAssociation:1lg.1ns.327;QueueLimitAssociation:1lg.27t.327;StorageProfile:190.1lg.1mi.2p1;Worker:1lg.1ns.1ta.3w3",
        "AWS::Detective": "Graph:dz.3w3;MemberInvitation:18g.1qy.2ee.2ef.2eu;OrganizationAdmin:1z",
        "AWS::DeviceFarm": "DevicePool:166.2cv.2jb.2z0.3d9.3w3;InstanceProfile:166.1ja.2jb.2q5.334.3w3;NetworkProfile:166.1az.1b0.1b1.1b2.2jb.2z0.3w3.43x.43y.43z.440;Project:13c.1hj.1js.2jb.3w3.490;TestGridProject:166.2jb.3w3.490;Upload:us.2jb.2z0.43e;VPCEConfiguration:3jr.3w3.49u.49v.49w",
        "AWS::DevOpsAgent": "AgentSpace:166.259.291.2jb.2nw.2wd.3w3;Asset:4q.b5.1mp.2f5.4c5;Association:4q.ri.283.3jy;PrivateConnection:lp.sh.2jb.3w3;Service:1j9.259.2xt.3jq.3ke.3w3.3xn;Trigger:29.4q.r6.3rt.43e",
        "AWS::DevOpsGuru": "LogAnomalyDetectionIntegration:;NotificationChannel:r9;ResourceCollection:38g",
        "AWS::DirectConnect": "Connection:gs.ss.25v.292.30a.37e.3w3;DirectConnectGateway:6z.186.3w3;DirectConnectGatewayAssociation:l.6m.bf.185;Lag:t2.25w.292.2gi.30a.37e.3w3;PrivateVirtualInterface:5o.hd.sn.185.1eq.2il.32o.3w3.480.482.48i;PublicVirtualInterface:5p.hd.sn.32o.3bv.3w3.482.48i;TransitVirtualInterface:5q.hd.sn.185.1eq.2il.32o.3w3.482.48i",
        "AWS::DirectoryService": "MicrosoftAD:w1.1cb.1et.2jb.2rb.3le.49r;SimpleAD:w1.166.1et.2jb.2rb.3le.3m2.3w3.49r",
        "AWS::DLM": "LifecyclePolicy:ve.w4.wt.13i.166.1jk.1js.1kk.2ur.3ah.3rf.3w3",
        "AWS::DMS": "Certificate:m0.m5.mc;DataMigration:100.101.102.103.2g3.3jd.3o5.3w3;DataProvider:10c.10d.166.1g8.1j6.3kv.3w3;Endpoint:lr.11n.19q.1be.1d3.1fv.1g0.1ge.1kx.1q5.1un.23x.24w.25b.2g0.2hz.2ja.2jr.2o7.2rb.2vb.2w1.344.349.38x.3ea.3iz.3qd.3v0.3w3.460;EventSubscription:1ex.1if.3nb.3of.3p9.3u7.3w3;InstanceProfile:fg.166.1zp.1zq.259.2kj.319.3tr.3w3.49q;MigrationProject:166.1zo.1zp.1zq.2g2.2g3.2g4.3ge.3o4.3w3.3wj.426;ReplicationConfig:qr.368.36k.36r.38x.3o9.3uj.3vo.3w3.3wo;ReplicationInstance:5s.65.e3.fg.19j.1gh.25b.2im.2kj.2wl.319.36f.36g.36o.38x.3w3.49p;ReplicationSubnetGroup:36n.36o.3tu.3w3;ReplicationTask:lh.li.lj.2g5.36e.36p.36q.38x.3o9.3vo.3w3.3wo.3xv",
        "AWS::DocDB": "DBCluster:fs.gi.vg.yd.yg.yx.14z.1dv.1gh.1qf.25b.2b9.2c9.2cb.2cc.2kj.2vb.2wg.2wl.3a9.3aa.3bp.3jb.3my.3o1.3sd.3sl.3w3.44v.49p;DBClusterParameterGroup:166.1le.2jb.2qq.3w3;DBInstance:e3.fg.jq.m7.yd.yi.yj.1eh.2wl.3w3;DBSubnetGroup:yw.yx.3tu.3w3;EventSubscription:1ex.1if.3nb.3of.3p9.3u7;GlobalCluster:14z.1g8.1gh.1qf.3o1.3sd.3w3",
        "AWS::DocDBElastic": "Cluster:3y.3z.cp.gi.on.25b.2wg.2wl.3l3.3l4.3l5.3tu.3w3.49p;ClusterSnapshot:og.3n0.3w3",
        "AWS::DRS": "LaunchConfigurationTemplate:vd.ve.1ke.26m.26n.27k.2vy.3w3.3wx;ReplicationConfigurationTemplate:ba.ec.gt.w5.106.13e.1br.1bs.20s.2tn.36i.36j.3qw.3qx.3w3.44p;SourceNetwork:2os.2ov.3w3.499",
        "AWS::DSQL": "Cluster:151.257.2iw.2us.3w3",
        "AWS::DynamoDB": "GlobalTable:c6.hj.1qo.1qp.1qq.24k.290.2it.32v.32y.363.3ei.3t0.3vp.406.478.4a8.4bz.4c0;Table:c6.hj.v2.151.1qo.1wn.24k.250.290.2n4.2ul.30k.394.3ei.3t0.3vm.3vp.3w3.406.478.4a8",
        "AWS::EC2": "ApplicationStatusCheck:4s.17t.1la.1sa.1xy.20t.21f.21g.2rg.2vb.2zw.3rv.3uf.3w3.40a;CapacityManagerDataExport:2ph.3dw.3dx.3fg.3w3;CapacityReservation:fg.fk.1bt.1fi.1fj.1hk.1z6.1zh.1zm.1zz.2p2.2ts.3vz.3yw.43o;CapacityReservationFleet:5y.1fi.1zh.201.2kr.35o.3vz.3yw.416;CarrierGateway:3w3.49a;ClientVpnAuthorizationRule:12.d4.o1.166.3x3;ClientVpnEndpoint:cv.nn.no.ns.nv.sq.166.18r.19m.1fw.3hj.3id.3ir.3kr.3pu.3vz.41n.42g.42o.49a.4a2;ClientVpnRoute:o1.166.16n.3xp;ClientVpnTargetNetworkAssociation:fg.fk.o1.3tt;CustomerGateway:ha.hb.lr.17u.217.3w3.43e;DHCPOptions:1am.1ap.21w.2js.2jt.2m0.3w3;EC2Fleet:uu.1j8.26t.2n3.35x.37x.3py.3vz.3wd.3z0.43e.46c.46d;EgressOnlyInternetGateway:3w3.49a;EIP:3o.1a5.1zc.21j.2jx.312.3w3.422;EIPAssociation:5u.1bn.1zc.2k5.2y0;EnclaveCertificateIamRoleAssociation:lr.3b9;FlowLog:153.154.16v.29i.29k.29n.29t.2cj.38w.39k.3vt.3w3.41w;FpgaImage:166.1yn.2an.2jb.3w3;GatewayRouteTableAssociation:1pu.3c5;Host:at.e5.fg.1t9.1tb.1z9.1zz.2p7.3w3;Instance:3c.48.fg.hs.vz.wk.18e.1bt.1cv.1cw.1f1.1sk.1t6.1tc.1uh.1w8.1ze.1zz.21v.21x.245.24g.26s.27j.2f9.2i6.2k7.2tu.2xx.2y0.2zh.32k.3hj.3hm.3o8.3qg.3tt.3w3.3yw.456.48x;InstanceConnectEndpoint:o0.2wv.3hj.3tt.3w3;InstanceEventWindow:wp.2jb.3w3.404;InternetGateway:3w3;IPAM:13k.166.1el.2fc.2nq.3w3.3zw;IPAMAllocation:n5.166.21j.2ju;IpamExternalResourceVerificationToken:21i.3w3;IPAMPool:3p.5t.5v.5w.5x.e2.g2.166.21m.291.30e.311.31a.3oi.3oz.3w3;IPAMPoolCidr:n5.21j.2ju;IPAMPrefixListResolver:3p.166.21i.3d9.3w3;IPAMPrefixListResolverTarget:16i.21k.2wp.2wr.3w3.41e;IPAMResourceDiscovery:166.2nq.2on.3w3;IPAMResourceDiscoveryAssociation:21i.21l.3w3;IPAMScope:166.1kq.21i.3w3;IpPoolRouteTableAssociation:312.3c5;IPv4Pool:3w3;KeyPair:24c.24g.24n.315.3w3;LaunchTemplate:26u.26v.3vz.47o;LocalGatewayRoute:16n.28t.28u.2k5;LocalGatewayRouteTable:28s.2gp.3w3;LocalGatewayRouteTableVirtualInterfaceGroupAssociation:28t.28u.3w3;LocalGatewayRouteTableVPCAssociation:28t.3w3.49a;LocalGatewayVirtualInterface:28p.28u.2pa.2rt.2ru.2rv.3w3.48i;LocalGatewayVirtualInterfaceGroup:28q.28r.28s.3w3;NatGateway:5u.fd.fh.t4.2cw.2y0.3gz.3h1.3h2.3tt.3w3.49a;NetworkAcl:3w3.49a;NetworkAclEntry:n7.1cf.1uq.21y.2jw.2vd.2zw.3cp.3cz;NetworkInsightsAccessScope:1jd.2ce.3w3;NetworkInsightsAccessScopeAnalysis:2k3.3w3;NetworkInsightsAnalysis:34.1mz.1n1.2k4.3w3;NetworkInsightsPath:16l.16r.16z.1mu.1mv.2zw.3nm.3og.3w3;NetworkInterface:sz.166.1ek.1re.20m.21s.21t.21v.21x.226.227.2y0.2y1.310.3h1.3o8.3tt.3w3;NetworkInterfaceAttachment:14s.17t.1dk.1dl.1zc.2k5;NetworkInterfacePermission:fw.2k5.2si;NetworkPerformanceMetricSubscription:16l.2ff.3nm.3rr;PlacementGroup:2qw.2r3.3q0.3sp.3w3;PrefixList:3p.1h0.2cy.2wq.3w3;Route:l9.vk.16n.16s.171.1cn.1pu.1zc.28s.2jk.2k5.2mv.3c5.42h.497.49m;RouteServer:6z.2sw.2sx.3n8.3w3;RouteServerAssociation:3c3.49a;RouteServerEndpoint:3c3.3tt.3w3;RouteServerPeer:hc.2rt.3c2.3w3;RouteServerPropagation:3c3.3c5;RouteTable:3w3.49a;SecurityGroup:1r6.1rc.3hh.3hk.3w3.49a;SecurityGroupEgress:n9.na.166.171.175.1oz.1r9.21d.40m;SecurityGroupIngress:n9.na.166.1oz.1r9.1rc.21d.3ov.3p3.3p4.3p5.40m;SecurityGroupVpcAssociation:1r9.49a;SnapshotBlockPublicAccess:3rf;SpotFleet:3px.3w3;SqlHaStandbyDetectedInstance:1zc.3q2;Subnet:b8.fg.fk.n7.1dy.1ea.21q.21r.21y.222.223.224.2by.2p7.2xy.3w3.49a;SubnetCidrBlock:21y.222.224.3tt;SubnetCidrReservation:n5.166.37w.3tt.3w3;SubnetNetworkAclAssociation:2jw.3tt;SubnetRouteTableAssociation:3c5.3tt;TrafficMirrorFilter:166.2ke.3w3;TrafficMirrorFilterRule:166.16n.170.2zw.3cp.3cz.3nv.3ot.3w3.41m.41o;TrafficMirrorSession:166.2k5.2px.2qe.3kl.3w3.41o.41p.484;TrafficMirrorTarget:166.1px.2k5.2k8.3w3;TransitGateway:6z.bn.dm.13q.13r.166.19n.1fg.2iz.2zj.3hl.3w3.42f.4a0;TransitGatewayAttachment:2o6.3tu.3w3.42h.49a;TransitGatewayConnect:2o6.3w3.42p;TransitGatewayConnectPeer:sc.3w3.42e;TransitGatewayMeteringPolicy:2g1.3w3.42h;TransitGatewayMeteringPolicyEntry:16n.170.177.178.2fc.2v0.2zw.3nv.3ot.3p7.3p8.42i;TransitGatewayMulticastDomain:2o6.3w3.42h;TransitGatewayMulticastDomainAssociation:3tt.42e.42j;TransitGatewayMulticastGroupMember:1rb.2k5.42j;TransitGatewayMulticastGroupSource:1rb.2k5.42j;TransitGatewayPeeringAttachment:2rs.2s0.2s2.3w3.42h;TransitGatewayPolicyTable:3w3.42h;TransitGatewayPolicyTableAssociation:42e.42k;TransitGatewayPolicyTableEntry:2uz.2v0.3xf.42k;TransitGatewayRoute:hr.16n.42e.42m;TransitGatewayRouteTable:3w3.42h;TransitGatewayRouteTableAssociation:42e.42m;TransitGatewayRouteTablePropagation:42e.42m;TransitGatewayVpcAttachment:33.2o6.35r.3tu.3w3.42h.49a;VerifiedAccessEndpoint:8v.c1.nb.166.1a8.1ft.1g0.28m.2k6.2us.2ut.32t.3hj.3q7.3w3.47i;VerifiedAccessGroup:166.2us.2ut.3q7.3w3.47j;VerifiedAccessInstance:n8.166.1nb.2ac.3w3.47k.47l;VerifiedAccessTrustProvider:166.17v.17w.2jl.2n1.2uy.3q7.3w3.434.45x;Volume:dy.fg.fk.1f4.214.25b.2io.2p7.3m2.3mx.3pg.3w3.3zr.48s.48w;VolumeAttachment:17l.1bp.1zc.48r;VPC:n7.1dz.1e0.1zy.21q.21r.3w3.496;VPCBlockPublicAccessExclusion:20p.3tt.3w3.49a;VPCBlockPublicAccessOptions:20n;VPCCidrBlock:6y.n7.21q.21r.21y.21z.222.224.225.49a;VPCDHCPOptionsAssociation:17y.49a;VPCEncryptionControl:1cm.1cu.20o.261.2gp.2jj.3w3.486.49a.49j.49n;VPCEndpoint:19k.218.2us.2xu.38j.3c6.3hj.3k2.3k4.3k8.3tu.3w3.498.49a;VPCEndpointConnectionNotification:sj.st.3jy.466;VPCEndpointService:p.v1.1pw.2k9.2rm.2xv.2xw.3ut.3uw.3w3;VPCEndpointServicePermissions:6n.3jy;VPCGatewayAttachment:20q.49a.4a1;VPCPeeringConnection:bt.2rz.2s0.2s1.2s4.3w3.49a;VPNConcentrator:3w3.42h.43e;VPNConnection:y1.1dn.28v.28w.2po.2w6.35i.35j.3rq.3w3.42h.42p.43b.43c.43e.49x.4a1.4a3;VPNConnectionRoute:16n.49z;VPNGateway:6z.3w3.43e;VPNGatewayRoutePropagation:3c6.4a1",
        "AWS::ECR": "PublicRepository:374.377.37a.3w3;PullThroughCacheRule:we.xt.1c4.442.443.444;PullTimeUpdateExclusion:2xg;RegistryPolicy:2v4;RegistryScanningConfiguration:3d9.3fd;ReplicationConfiguration:369;Repository:1dj.1f8.1we.1wf.1wg.27r.377.37a.3w3;RepositoryCreationTemplate:9e.xt.166.1f8.1wf.1wg.27r.2wm.379.39j;SigningConfiguration:3d9",
        "AWS::ECS": "CapacityProvider:ej.on.2be.2jb.3w3;Cluster:l3.on.ot.ri.131.3jp.3w3;ClusterCapacityProviderAssociations:l3.of.131;Daemon:kx.og.wm.yz.z0.15o.1e1.1e2.2zg.3w3;DaemonTaskDefinition:u7.vv.1js.1le.21n.2ej.2t8.3w3.3y4.48x;ExpressGatewayService:of.vv.1js.1s9.1xk.2ej.2jz.2x9.3f7.3k2.3w3.3xx.3y4;PrimaryTaskSet:of.3jc.3y5;Service:fp.l2.of.15o.15p.16b.1e1.1e2.1oi.1s6.26w.28n.2i6.2jz.2tq.2tv.2u6.2zg.3b6.3ga.3jo.3k2.3k9.3w3.3xw.48p.49i;TaskDefinition:u7.vv.1e3.1hk.1js.1le.1xa.21n.2ej.2ka.2t8.2tq.30u.37v.3dm.3w3.3y4.48x;TaskSet:l2.of.1kt.26w.28n.2jz.2u6.3ez.3jc.3k9.3w3.3xw",
        "AWS::EFS": "AccessPoint:1b.o0.1mh.2vv.3bj;FileSystem:fo.gf.jo.1f4.1mk.1ml.1mm.25b.27q.2sg.30l.369.3zt;MountTarget:1mh.217.218.21u.3hm.3tt",
        "AWS::EKS": "AccessEntry:1c.on.25o.2xg.3w3.43e.460;Addon:3l.3n.on.s0.2je.2ui.2wx.383.3ji.3w3;Capability:kr.on.ri.14u.3b9.3w3.43e;CertificateAuthority:on;Cluster:t.2t.i9.ls.qr.v7.14z.1f7.1oe.25l.25m.25n.25p.2a8.2jb.2p8.35k.39u.3b9.3bg.3s8.3w3.43w.47m.4c8;FargateProfile:on.1lf.2uh.3i8.3tx.3w3;IdentityProviderConfig:on.1vh.2mz.3w3.43e;Nodegroup:73.l6.on.18y.1ol.202.25u.26s.2l1.2l2.2l5.35c.35f.3f2.3tx.3w3.3w4.43q.47m.4a7;PodIdentityAssociation:on.18m.2jd.2un.3b9.3jg.3w3.3xe",
        "AWS::ElastiCache": "CacheCluster:c.e3.k9.kb.kf.kg.on.1g8.1gh.21b.29h.2kj.2lr.2m2.2vb.2we.2wf.2wl.3mq.3n0.3n3.3n5.3w3.42b.49p;GlobalReplicationGroup:f5.k9.kb.1g8.1gh.1qi.1qk.1qm.2eg.34p.3w3;ParameterGroup:ka.166.2zk.3w3;ReplicationGroup:bv.co.e3.f5.k9.kb.kf.kg.om.11c.1b7.1g8.1gh.1ql.21b.25b.29h.2in.2kj.2ku.2lr.2m1.2m3.2vb.2wh.2wl.2x8.364.36b.36c.3hj.3mq.3n0.3n3.3n5.3n6.3w3.42b.42c.459;SecurityGroup:166.3w3;SecurityGroupIngress:ke.1bj.1bk;ServerlessCache:kh.z2.166.1fm.1g8.1n7.25b.2b3.2kj.32z.3hj.3j8.3mr.3n3.3tu.3w3.458;ServerlessCacheSnapshot:25b.3j8.3j9.3w3;SubnetGroup:kg.166.3tu.3w3;User:1m.cu.1g8.2kq.2rc.3w3.45b.45e;UserGroup:1g8.3w3.458.45d",
        "AWS::ElasticBeanstalk": "Application:94.166.38z;ApplicationVersion:94.jb.166.1w5.2y6.3nu;ConfigurationTemplate:94.166.1hc.2o4.2u1.3nl.3nx;Environment:94.jt.166.1he.2nv.2o4.2u1.3nl.3w3.3yo.3zw.47q",
        "AWS::ElasticLoadBalancing": "LoadBalancer:19.88.fs.si.sx.wv.1rz.203.25q.28c.28k.2um.3gm.3hm.3tx.3w3",
        "AWS::ElasticLoadBalancingV2": "Listener:6t.md.12r.289.28h.2j8.2vb.2zw.3qe.3w3;ListenerCertificate:md.288;ListenerRule:2l.r7.288.2xo.3w3.429;LoadBalancer:1du.1ej.1g3.218.21q.28i.2gj.2jb.3gm.3hm.3tw.3tx.3w3.43e;TargetGroup:1s4.1s8.1s9.1sb.1sc.1se.1si.218.2cg.2jb.2vb.2zw.300.3w3.3wi.3ws.3xm.3xq.43k.49a;TrustStore:jx.jy.jz.2jb.3w3;TrustStoreRevocation:3b2.435",
        "AWS::Elasticsearch": "Domain:1c.46.47.ph.1a6.1ac.1am.1bf.1d0.1d4.1f6.29y.2l3.3n1.3w3.468",
        "AWS::ElementalInference": "Dictionary:1h0.264.2jb.3w3;Feed:1k.2jb.2pn.3w3",
        "AWS::EMR": "Cluster:3c.9d.em.eu.i8.s2.x1.1bu.1bv.1bw.203.233.240.29l.2a4.2bk.2jb.2mh.2tt.35a.3f0.3hb.3ka.3s0.3s2.3w3.48f;InstanceFleetConfig:ok.1za.200.26r.2jb.381.3x4.3xi;InstanceGroupConfig:el.he.s2.x1.1bq.1z6.1zt.1zz.232.2c4.2jb;SecurityConfiguration:2jb.3hb;Step:2h.1fb.1rs.232.2a4.2jb;Studio:cl.13u.166.1fb.1gf.1v2.1v3.1vy.1w0.2jb.3ka.3tu.3w3.437.45q.49a.4bv;StudioSessionMapping:1vd.1vq.3kn.3td;WALWorkspace:3w3.4a4",
        "AWS::EMRContainers": "Endpoint:rq.1js.2jb.35a.3kh.3w3.43e.47z;JobTemplate:23h.2jb.3w3;SecurityConfiguration:ud.2jb.3hc.3w3;VirtualCluster:ud.2jb.3hd.3kg.3w3",
        "AWS::EMRServerless": "Application:9y.ep.eq.1v7.1w5.1xu.20k.2do.2i7.2jb.2jz.35a.3dj.3g4.3w3.43e.4bb",
        "AWS::EntityResolution": "IdMappingWorkflow:166.1uw.1ux.1yk.2pl.3b9.3w3.4bf;IdNamespace:166.1uy.1uz.1yk.3b9.3w3.43e;MatchingWorkflow:166.1x2.1yk.2pl.382.3b9.3w3.4bf;PolicyStatement:29.a5.r6.1cd.2xe.3rn;SchemaMapping:166.2bz.3gh.3w3",
        "AWS::Events": "ApiDestination:sg.166.1tv.20z.210.2jb;Archive:a0.166.1io.25c.3aj.3ns;Connection:cm.d3.166.20y.25c.2jb;Endpoint:166.1ie.2jb.367.3b9.3cd;EventBus:12g.166.1ir.25c.29b.2jb.2un.3w3;EventBusPolicy:29.r6.1id.2xe.3rm.3rn;Rule:166.1id.1io.2jb.3b9.3fm.3rf.3w3.3xq",
        "AWS::EventSchemas": "Discoverer:wq.166.3ns.3w3;Registry:166.34x.3w3;RegistryPolicy:2un.34x.3az;Schema:uk.166.34x.3gh.3w3.43e",
        "AWS::EventsV2": "EventBus:166.1f8.2jb.3s9.3w3;EventSource:ri.166.1ic.2jb.3w3;ResourcePolicy:1ic.2us;Subscriber:h4.166.1ic.1mw.29c.2jb.2n6.2uj.3ae.3au.3r9.3rf.3w3.427.43e",
        "AWS::Evidently": "Experiment:166.2fj.2jb.2nd.2yz.32l.35q.3dg.3es.3hv.3w3.42u;Feature:146.166.1gx.1i1.2jb.2yz.3w3.471;Launch:166.1ju.1rk.2fm.2jb.2yz.32l.3g1.3w3;Project:86.zn.166.2jb.3w3;Segment:166.2jb.2rl.3w3",
        "AWS::EVS": "Environment:t3.1he.1tl.1xw.25b.27f.3je.3jf.3m1.3w3.3z4.473.474.49a",
        "AWS::FinSpace": "Environment:zg.166.1ls.1lt.25b.2jb.3ui.3w3",
        "AWS::FIS": "ExperimentTemplate:2l.166.1jz.1k0.29c.3b9.3s3.3w3.3xq;TargetAccountConfiguration:1z.166.1k1.3b9",
        "AWS::FMS": "ApplicationsList:9u.287.3w3;NotificationChannel:3n9.3nb;Policy:14o.1jc.1je.1wx.2uq.2ux.35d.39b.39i.39j.39k.39l.39p.3hu.3w3;ProtocolsList:287.302.3w3;ResourceSet:166.2jb.39l.39o.3w3",
        "AWS::Forecast": "Dataset:zu.11z.122.1a5.1f7.3gb.3w3;DatasetGroup:11t.11x.1a5.3w3",
        "AWS::FraudDetector": "Detector:bh.166.17e.17j.1j1.3ct.3d9.3w3;EntityType:166.2jb.3w3;EventType:166.1gz.1j4.25u.2jb.3w3;Label:166.2jb.3w3;List:166.1d5.2jb.3w3.46x;Outcome:166.2jb.3w3;Variable:10x.11e.144.166.2jb.3w3.46x",
        "AWS::FSx": "Backup:1mh.3w3;DataRepositoryAssociation:h5.10n.1mh.1mj.1wp.3dq.3w3;FileCache:vf.10m.1m9.1ma.25b.2ap.3hj.3s5.3tu.3w3;FileSystem:gb.1mn.1mo.25b.2ap.2kj.2ng.2no.3hj.3s5.3sl.3tu.3w3.4ay;S3AccessPointAttachment:2jb.2ng.2no.3ds.43e;Snapshot:2jb.3w3.48r;StorageVirtualMachine:2v.1mh.2jb.3bm.3uz.3w3;Volume:gb.2jb.2ng.2no.3w3.48w",
        "AWS::GameLift": "Alias:166.2jb.3ck.3w3;Build:2jb.2nr.3j3.3sf.3w3.47m;ContainerFleet:hl.15o.166.1nv.1pk.1pl.1po.1z5.1zd.1zz.297.29c.2fk.2km.2s8.2ub.3f6.3w3;ContainerGroupDefinition:u9.1pj.2jb.2nr.3pd.3un.3w3.414.417.47o;Fleet:7n.9f.jc.lx.r1.166.16d.1bg.1bh.1nx.1zu.1zw.297.29w.2de.2fk.2gb.2jb.2km.2s3.2s4.2ua.2ub.38p.3dj.3f6.3gv.3ix.3iy.3w3;GameServerGroup:el.gr.14t.1pm.1pn.1z7.26s.2de.2gb.3b9.3w3.49t;GameSessionQueue:xc.17a.1mw.2jb.2lo.2uc.2xp.3w3.40e;Location:294.3w3;MatchmakingConfiguration:p.q.3h.g9.w9.xc.166.1nz.1pi.1pp.1pq.2jb.2lo.37l.3d1.3d4.3w3;MatchmakingRuleSet:2jb.3d2.3w3;Script:2jb.2kw.3sf.3w3.47m",
        "AWS::GameLiftStreams": "Application:90.91.9a.166.1jm.3dk.3w3;StreamGroup:12s.166.293.3sr.3w3",
        "AWS::Glacier": "Vault:1d.2lu.3w3.472",
        "AWS::GlobalAccelerator": "Accelerator:1ex.1o3.1o4.1o5.218.219.2jb.3w3;CrossAccountAttachment:2jb.2xm.39o.3w3;EndpointGroup:1fr.1fu.1s8.1s9.1sb.1sc.288.2vc.3zn.41l;Listener:h.nj.2ve.2zw",
        "AWS::Glue": "Blueprint:i3.166.2jb.3w3;Catalog:64.ld.w2.w6.166.1lp.2jb.2ps.2qq.3w3.3xa;Classifier:wx.1r2.23k.4c1;Connection:lc.sp.3w3;ConnectionType:sv.t0.t6.166.20g.3a3.3w3;Crawler:nh.ri.w0.11n.166.25x.2jb.33x.3b6.3fg.3gd.3vr.3w3.3xq;CustomEntityType:uy.2jb.34j.3w3;Database:lc.11i.11n;DataCatalogEncryptionSettings:lc.zi;DataQualityRuleset:o0.166.2jb.3db.3w3.3xj;DevEndpoint:a4.1fy.1ky.1kz.1qs.2m8.2m9.313.316.3b9.3hb.3hj.3tt.3w3.4ba;IdentityCenterConfiguration:1z1.3gr.454;Integration:39.zr.166.20a.20d.25b.3ns.3w3.3wb;IntegrationResourceProperty:38d.3ox.3w3.3x9;Job:5r.pu.t1.12t.166.1jn.1jq.1qs.236.23d.2a4.2b0.2cn.2da.2jb.2l8.2ll.2m9.3b6.3hb.3w3.40a.4ba;MLTransform:166.1qs.1yh.2cn.2da.2jb.2m9.3b6.3w3.40a.423.424.4ba;Partition:lc.11n.2r4.3vp;Registry:166.2jb.3w3;Schema:n0.q2.zt.166.2jb.34v.3gf.3w3;SchemaVersion:3gb.3gf;SchemaVersionMetadata:246.3gl.46t;SecurityConfiguration:1f8.2jb;Session:pu.t1.12t.166.1qs.1ut.1vw.2cn.2m9.37i.3b6.3hb.3w3.40a.4ba;Table:lc.11n.2jb.2nn.3vn;TableOptimizer:lc.11n.3vp.3vq.43e;Trigger:2l.166.1i7.2jb.2w8.3fg.3r3.3w3.43e.4bf;UsageProfile:ri.166.2jb.3w3;UserDefinedFunction:nd.11n.1p9.1pc.2pz.2q0.39n;Workflow:13s.166.2cq.2jb.3w3",
        "AWS::Grafana": "Workspace:1t.cw.o0.115.166.1qu.2jb.2jv.2li.2ol.2op.2sm.2ud.3b9.3ej.3qo.3w3.492",
        "AWS::Greengrass": "ConnectorDefinition:1xv.2jb.3w3;ConnectorDefinitionVersion:t8.ti;CoreDefinition:1xv.2jb.3w3;CoreDefinitionVersion:vh.vm;DeviceDefinition:1xv.2jb.3w3;DeviceDefinitionVersion:17p.17x;FunctionDefinition:1xv.2jb.3w3;FunctionDefinitionVersion:133.1p4.1pg;Group:1xv.2jb.3b9.3w3;GroupVersion:t9.vi.17q.1p5.1r9.2a6.38r.3u6;LoggerDefinition:1xv.2jb.3w3;LoggerDefinitionVersion:2a5.2a7;ResourceDefinition:1xv.2jb.3w3;ResourceDefinitionVersion:38q.39o;SubscriptionDefinition:1xv.2jb.3w3;SubscriptionDefinitionVersion:3u5.3ua",
        "AWS::GreengrassV2": "ComponentVersion:1y3.262.3w3;Deployment:qd.15u.15x.215.2r2.3w3.3wb",
        "AWS::GroundStation": "Config:rb.2jb.3w3;DataflowEndpointGroup:u2.u3.1fs.3w3;DataflowEndpointGroupV2:u2.u3.1g1.3w3;MissionProfile:u2.u3.11r.2gk.2jb.3t5.3t6.3w3.3yg.41h",
        "AWS::GuardDuty": "CustomDetectionRuleAssociation:2gp.3cw.3w3;Detector:115.1dm.1lo.1na.3w3;Filter:29.166.17e.1n9.2jb.32m.3w3;IPSet:2q.17e.1jv.1on.292.2jb.3w3;MalwareProtectionPlan:2l.2zr.3b6.3w3;Master:17e.20x.2c6;Member:17e.18g.1d6.2ef.2eu.3rt;PublishingDestination:172.179.17e.3w3;ThreatEntitySet:2q.17e.1jv.1on.292.2jb.3w3;ThreatIntelSet:2q.17e.1jv.1on.292.2jb.3w3;TrustedEntitySet:2q.17e.1jv.1on.292.2jb.3w3",
        "AWS::HealthAgent": "Domain:2jb.3w3",
        "AWS::HealthImaging": "Datastore:123.259.3w3",
        "AWS::HealthLake": "DataTransformationProfile:25b.2yp.2yr.3nm.3od.3w3;FHIRDatastore:123.126.1vi.2ws.3q6.3w3",
        "AWS::IAM": "AccessKey:3io.3rt.45e;Group:1rc.2bi.2rg.2um;GroupPolicy:1rc.2us.2ux;InstanceProfile:1zq.2rg.3bf;ManagedPolicy:166.1rk.2bj.2rg.2us.3bf.463;OIDCProvider:nq.3w3.3zv.449;Policy:1rk.2us.2ux.3bf.463;Role:bs.166.2bi.2dc.2rg.2sp.2um.3bd.3w3;RolePolicy:2us.2ux.3bd;SAMLProvider:32.ai.2jb.2y3.35p.3ek.3w3;ServerCertificate:lv.lw.2rg.2y2.3iu.3w3;ServiceLinkedRole:b.xx.166;User:1rk.2aj.2bi.2rg.2sp.2um.3w3.45e;UserPolicy:2us.2ux.45e;UserToGroupAddition:1rc.463;VirtualMFADevice:2rg.3w3.463.483",
        "AWS::IdentityStore": "Group:166.190.1vp;GroupMembership:1r9.1vp.2ef;User:3r.hp.190.1de.1vp.291.2jb.2ko.2t4.2t5.2wk.2yu.3bf.40h.40i.45e.45y.4am",
        "AWS::ImageBuilder": "Component:mg.ze.166.25b.2jb.2u0.3uv.3w3.446.47m;ContainerRecipe:qd.ui.166.19r.19s.1wa.1z4.25b.2jb.2r1.2u5.3w3.3xb.47m.4bl;DistributionConfiguration:166.198.2jb.3w3;Image:ue.152.195.1gi.1jr.1wb.1wc.1we.1wi.1xj.2aa.3w3.4bg;ImagePipeline:ue.166.195.1gi.1jr.1wc.1we.1wh.1wi.1xj.2aa.2jb.3fg.3rt.3w3.4bg;ImageRecipe:3d.72.74.hs.qd.166.2jb.2r1.3w3.47m.4bl;InfrastructureConfiguration:166.1zi.1zq.202.24h.2a8.2jb.2to.39j.3hj.3nb.3tt.3w3.3yz;LifecyclePolicy:166.1jr.2jb.2ur.39a.39k.3rt.3w3;Workflow:mg.ze.166.25b.2jb.3w3.43e.446.47m",
        "AWS::Inspector": "AssessmentTarget:an.38t;AssessmentTemplate:am.ao.1ba.3da.453;ResourceGroup:38v",
        "AWS::InspectorV2": "CisScanConfiguration:3fc.3fg.3hn.3w3.3xq;CodeSecurityIntegration:w3.2jb.3w3.43e.43r;CodeSecurityScanConfiguration:ri.278.2jb.3gp.3w3;Connector:166.2jb.303.306.3w3;Filter:166.1mt.1mx.2jb.3w3",
        "AWS::Interconnect": "Connection:2r.bx.gs.166.1hc.35g.35l.3w3",
        "AWS::InternetMonitor": "Monitor:1sg.1wv.20r.282.2co.2i2.39o.39r.39s.3rt.3w3.41q",
        "AWS::Invoicing": "InvoiceUnit:166.211.2jb.39j.3co.3y8;ProcurementPortalPreference:jl.jm.u5.1cp.1cq.2ye.2yf.2yg.31j.3i7.3uk.3ul.3w3.3za",
        "AWS::IoT": "AccountAuditConfiguration:1z.ch.ci.3b9;Authorizer:de.dg.1dt.3ls.3rt.3w3.40r.40s;BillingGroup:hh.hi.3w3;CACertificate:eb.jr.m3.34t.35n.3rt.3w3.47f;Certificate:jr.m3.m5.m9.3rt;CertificateProvider:1x.m6.263.3w3;Command:pv.w7.164.166.190.26d.2bn.2jd.2rn.2rp.2s6.2wt.3b9.3w3;CustomMetric:190.2fn.2fr.3w3;Dimension:2jb.3t7.3w3.43e;DomainConfiguration:95.cy.da.nl.1a9.1aa.1am.3is.3it.3ke.3w3.40j.46h;EncryptionConfiguration:1fh.254.259;FleetMetric:4w.4y.166.1x4.2fn.2sh.322.324.3w3.43l;Job:e.166.16w.19t.1a0.1a1.230.231.234.23g.2wz.3g6.3w3.3xh.3xq.40b;JobTemplate:e.166.16w.19t.1a1.22w.230.231.23i.2b2.2wz.3w3.40b;Logging:1z.13f.1ih.3b9;MitigationAction:2g.2i.3b9.3w3;Policy:2us.2ux.3w3;PolicyPrincipalAttachment:2ux.2xe;ProvisioningTemplate:166.1ex.2w5.30t.3w3.3yj.3yo.3yu;ResourceSpecificLogging:29v.3x0.3xm;RoleAlias:wf.3b8.3b9.3w3;ScheduledAudit:127.128.1ow.3fw.3w3.3we;SecurityProfile:3e.5f.h8.2fx.3hr.3hs.3w3.3wc;SoftwarePackage:166.2q7.3w3;SoftwarePackageVersion:a6.cc.166.2q7.336.3ex.3w3.47r;Stream:166.1mp.3b9.3sw.3w3;Thing:cb.3zi;ThingGroup:2qx.322.3w3.3zg.3zh;ThingPrincipalAttachment:2xe.3zi.3zj;ThingType:163.3w3.3zk.3zl;TopicRule:3cy.3w3.411;TopicRuleDestination:1tz.1xi.3rt.49o",
        "AWS::IoTAnalytics": "Channel:mp.ms.3an.3w3;Dataset:2l.um.11z.26g.3an.3w3.431.47s;Datastore:123.124.125.1md.3an.3w3;Pipeline:2ta.2th.3w3",
        "AWS::IoTCoreDeviceAdvisor": "SuiteDefinition:3ug.3w3",
        "AWS::IoTEvents": "AlarmModel:52.55.56.57.59.246.3b9.3ky.3w3;DetectorModel:17f.17g.17h.1hy.246.3b9.3w3;Input:1yb.1yc.1ye.3w3",
        "AWS::IoTFleetHub": "Application:8u.94.3b9.3w3",
        "AWS::IoTFleetWise": "Campaign:29.pp.qh.zo.zq.105.166.17z.1ka.2jb.2w0.2xo.3ll.3ln.3lo.3pw.3r4.3w3.3wb;DecoderManifest:137.166.2h7.2jb.2k7.3lm.3rt.3w3;Fleet:166.1ut.3ll.3w3;ModelManifest:166.2jb.2l6.3ll.3rt.3w3;SignalCatalog:166.2jb.2kt.2l6.3w3;StateTemplate:zq.166.2f8.2jb.3ll.3rk.3w3;Vehicle:bl.cc.12k.2h7.2jb.3rl.3w3",
        "AWS::IoTSecureTunneling": "Tunnel:166.16o.3w3.40b",
        "AWS::IoTSiteWise": "AccessPolicy:1f.1g.1h;Application:166.1v2.2jb.3w3.4bt;Asset:ap.aq.as.az.b3.b4.3w3;AssetModel:av.aw.ax.ay.b0.b1.b2.1g4.3w3;ComputationModel:qj.qk.ql.qm.3w3;Dashboard:z9.za.zc.2z4.3w3;Dataset:11u.11v.11z.121.122.3w3.4bt;Gateway:1pt.1py.1pz.1q3.3w3;Pipeline:qp.166.1hj.2th.3w3.4bt;Portal:5a.2lm.2vg.2vh.2vj.2vl.2vn.2vo.3b9.3w3;Project:au.2vk.2z2.2z6.3w3;Task:166.3w3.3xu.3y1.4bt;Workspace:1f8.25b.3w3.4bq.4bt",
        "AWS::IoTThingsGraph": "FlowTemplate:q4.14d",
        "AWS::IoTTwinMaker": "ComponentType:qc.qf.166.1kn.1pg.22o.2zm.2zn.3w3.4br;Entity:qd.qg.166.1gu.1gw.2qt.3w3.4br;Scene:kq.uo.166.3fe.3ff.3w3.4br;SyncJob:3v5.3v7.3w3.4br;Workspace:166.3b6.3e4.3w3.4br",
        "AWS::IoTWireless": "Destination:166.1ki.1kj.2jb.3b9.3w3;DeviceProfile:28f.2jb.3w3;FuotaTask:bb.bd.166.18p.18q.1nn.1no.28f.2jb.3w3;MulticastGroup:bd.166.18q.28f.2jb.3w3;NetworkAnalyzerConfiguration:166.2jb.3w3.419.4az.4b0;PartnerAccount:21.2r7.2r9.3li.3lj.3lk.3w3;ServiceProfile:28f.2jb.3w3;TaskDefinition:dt.28g.2jb.3w3.3xy.43p;WirelessDevice:166.16u.26f.28f.2jb.2vs.3w3.3zf.43e;WirelessDeviceImportTask:16u.3li.3w3;WirelessGateway:166.26f.28f.2jb.3w3.3zf.3zi",
        "AWS::IVS": "Channel:d5.u8.1yr.26h.2j3.2jb.2wy.33n.3w3.43e;EncoderConfiguration:2jb.3w3.47t;IngestConfiguration:1xm.1yr.2jb.3qq.3w3.45b;PlaybackKeyPair:2jb.315.3w3;PlaybackRestrictionPolicy:6e.6k.1eu.2jb.3w3;PublicKey:2jb.315.3w3;RecordingConfiguration:16p.2jb.33q.35u.3w3.3zu;Stage:e4.2jb.3w3;StorageConfiguration:2jb.3dq.3w3;StreamKey:mk.3w3",
        "AWS::IVSChat": "LoggingConfiguration:16p.2jb.3w3;Room:2ab.2du.2dv.2ez.2jb.3w3",
        "AWS::KafkaConnect": "Connector:kt.t7.ta.tc.23s.23t.23u.23w.29e.2kj.2ue.3jx.3w3.4b8;CustomPlugin:us.166.292.2jb.3w3;WorkerConfiguration:166.2jb.2zl.3w3",
        "AWS::Kendra": "DataSource:x8.110.166.1x3.265.2jb.3b9.3fg.3w3.43e;Faq:166.1mc.1x3.265.2jb.3b9.3e5.3w3;FeaturedResultsSet:166.1lm.1ln.1x3.323.3rt.3w3;Index:l7.166.19z.1cb.2jb.3b9.3j4.3w3.455.45w;QuerySuggestionsBlockList:166.1x3.2jb.3b9.3p2.3w3;Thesaurus:166.1x3.2jb.3b9.3p2.3w3",
        "AWS::KendraRanking": "ExecutionPlan:l7.166.2jb.3w3",
        "AWS::Kinesis": "Channel:mp.1f8.2aa.3e0.3ef.3jw.3st.3w3;ResourcePolicy:38d.394;Stream:16f.2d8.2jb.3ao.3l4.3sv.3sx.3w3.4a9;StreamConsumer:to.3sq.3w3",
        "AWS::KinesisAnalytics": "Application:8r.8u.94.1yq;ApplicationOutput:94.2pb;ApplicationReferenceDataSource:94.34c",
        "AWS::KinesisAnalyticsV2": "Application:8t.8u.92.93.94.3dd.3dk.3jv.3w3;ApplicationCloudWatchLoggingOption:94.oa;ApplicationOutput:94.2pb;ApplicationReferenceDataSource:94.34c",
        "AWS::KinesisFirehose": "DeliveryStream:6x.70.11q.15f.15g.15h.188.1d2.1kl.1tu.1uo.24z.2ar.347.3e0.3n7.3pv.3w3",
        "AWS::KinesisVideo": "SignalingChannel:2f3.2jb.3w3.43e;Stream:10p.17u.25b.2e9.2jb.3t1.3w3",
        "AWS::KMS": "Alias:5l.3wz;Key:jo.166.1e9.1ex.24j.24l.24o.2iq.2oq.2s7.3bs.3w3;ReplicaKey:166.1ex.24j.2s7.2xb.3w3",
        "AWS::LakeFormation": "DataCellsFilter:ps.pt.11n.2jb.3cl.3vl.3vp;DataLakeSettings:42.62.64.d9.w2.w6.1ks.2j6.2qq.32x.438;Permissions:zx.2sn.2su.389;PrincipalPermissions:lb.2sn.2su.2xe.389;Resource:1u6.38d.3b9.44y.4b1;Tag:lc.3vu.3w2;TagAssociation:25r.389",
        "AWS::Lambda": "Alias:166.1p9.1pf.2jb.30f.3cd;CapacityProvider:l0.l1.1zr.259.2sq.2zg.3w3.3yf.490;CodeSigningConfig:6o.pb.166.3w3;EventInvokeConfig:16o.1p9.2dr.2dy.31q;EventSourceMapping:6w.h6.hq.16o.19w.1ex.1iq.1mx.1p9.1pa.259.2a9.2dm.2dx.2dy.2fu.2qi.30h.32a.3f2.3ia.3ib.3nn.3r9.3ra.3w3.412.43a;Function:9z.ky.p1.pa.12g.166.1b8.1h3.1hk.1mg.1p9.1pb.1ru.1w4.259.271.2a9.2en.2q8.31f.341.37y.3b6.3dh.3dl.3mo.3w3.3yx.40a.41b.490;LayerVersion:q3.q5.uk.166.26z.27f;LayerVersionPermission:29.270.2oj.2xe;MicrovmImage:3f.gx.gy.jd.p2.vw.166.1cl.1hj.1t0.2a8.2jb.39o.3w3;NetworkConnector:ri.2jb.2nx.3w3;Permission:29.1is.1p9.1pd.213.2xe.2xj.3no.3ns;ResourcePolicy:2us.38d;Url:cp.vn.212.31q.3wq;Version:p9.166.1p9.1pb.30f.3dn",
        "AWS::LaunchWizard": "Deployment:15w.2jb.3pr.3w3.4bm",
        "AWS::Lex": "Bot:dr.id.if.ig.ih.ii.108.166.1hn.1vv.2jb.366.3b9.3z8.3z9;BotAlias:ia.ib.ic.ie.ij.v9.166.3im;BotVersion:ie.ik.166;ResourcePolicy:2un.38d",
        "AWS::LicenseManager": "Grant:6j.1qv.1sy.27b.2xm.3rt.3w3;License:h9.tq.1gt.1sy.22s.27g.27i.2yj.2yk.3rt.3w3.46r;LicenseAssetGroup:bg.166.27c.2jb.2zk.3w3;LicenseAssetRuleSet:166.2jb.3d9.3w3",
        "AWS::Lightsail": "Alarm:58.q1.u4.11s.1i0.2fn.2i5.2lj.2ls.3zm.42q;Bucket:1l.j2.jg.2mr.32w.39q.3w3;Certificate:m4.1am.3tn.3w3;ContactMethod:ts.2zw;Container:uh.22b.2w2.2y4.30y.3ez.3k2.3w3;Database:fg.gg.jw.2c5.2c9.2cc.2wg.2wl.319.352.353.355.356.3bp.3w3;DatabaseSnapshot:355.357.3w3;Disk:31.fg.18x.292.3m5.3w3;DiskSnapshot:18x.18z.3w3;Distribution:jg.k3.k4.m4.130.197.218.22d.2oq.3w3;Domain:1ad.1am.3w3;Instance:31.fg.i2.jg.1rw.1zl.24i.292.2kk.3rf.3w3.456;InstanceSnapshot:1zl.1zx.3w3;KeyPair:24i.3w3;LoadBalancer:by.1s9.1zn.218.28k.3kp.3kq.3w3.40l;LoadBalancerTlsCertificate:lq.ly.m4.1u0.229.28k;StaticIp:bz.3rp",
        "AWS::Location": "APIKey:166.1k6.1og.1ok.24g.2kp.3ad.3w3;GeofenceCollection:pn.166.25b.2x3.2x4.3w3;Map:ri.166.2bx.2x3.3w3;PlaceIndex:10x.110.166.1x4.2x3.3w3;RouteCalculator:kk.10x.166.2x3.3w3;Tracker:166.1ia.25a.25b.2vr.2x3.2x4.3w3.41g;TrackerConsumer:tn.41g",
        "AWS::Logs": "AccountPolicy:2us.2ux.2v5.3gn.3i5;Delivery:155.15d.1ly.33h.3e1.3ee.3w3;DeliveryDestination:156.157.174.2jb.2ph.3w3;DeliverySource:15c.2a3.2jb.38d.3w3;Destination:16u.16y.3b9.3w3.3wb;Integration:20d.20g.38h;LogAnomalyDetector:1z.7l.17i.1hv.1n2.25b.29p;LogGroup:h7.10a.151.1m0.25b.29q.29t.395.3ak.3w3;LogStream:29t.2a1;MetricFilter:9h.1dh.1m3.1n0.1n2.29t.2fq;QueryDefinition:29u.2jb.2qq.31u.322;ResourcePolicy:2us.2ux;ScheduledQuery:166.16p.1js.29s.2jb.31u.322.3fl.3fm.3fq.3r5.3rf.3w3.40h;StorageTierPolicy:3sk;SubscriptionFilter:9h.16m.193.1di.1m3.1n0.1n2.29t.3b9;Transformer:29r.428",
        "AWS::LookoutEquipment": "InferenceScheduler:zl.zv.104.11f.1xf.2h9.3b9.3j5.3w3",
        "AWS::LookoutMetrics": "Alert:29.5b.5d.5e.7h;AnomalyDetector:7i.7j.7k.259.2fp",
        "AWS::LookoutVision": "Project:2z6",
        "AWS::M2": "Application:14d.166.1gg.25b.2jb.3b9.3w3;Deployment:8w.9c.1hc;Environment:166.1gg.1gh.1sn.1zz.25b.2jb.2kj.2wl.319.3hj.3sa.3tu.3w3",
        "AWS::Macie": "AllowList:wl.166.2jb.3w3;CustomDataIdentifier:166.1w2.24r.2dt.2jb.34h.3w3;FindingsFilter:29.166.1n9.2jb.2vq.3w3;Member:1z.1d6.3w3;Session:1na.3rt",
        "AWS::ManagedBlockchain": "Accessor:1r.2kj.3w3;Member:20x.2ec.2jz.2k2;Node:2ef.2k2.2ks",
        "AWS::MediaConnect": "Bridge:1ck.1xq.2jb.2pn.2tp.3ob.3ph;BridgeOutput:iq.2jb.2kc;BridgeSource:iq.1o8.2jb.2kh;Flow:fg.1f3.1o7.2av.2e8.2jb.2jn.3nm.3ob.3op.3w3.49h;FlowEntitlement:11d.166.1f5.1gs.1o1.2jb.3u3.3w3;FlowMediaStream:cc.o2.166.1o1.2e4.2e5.2e7.3w3.47v;FlowOutput:n6.166.16l.1f5.1o1.2d5.2e6.2g9.2jb.2jo.2jp.2jq.2pm.2vb.2zw.35h.3c8.3c9.3mj.3sw.3w3.49f;FlowSource:12l.166.1gq.1o1.1ps.1xl.2cm.2d5.2g9.2jb.2zw.3ih.3ij.3ok.3ol.3sw.3w3.49g.4as;FlowVpcInterface:1o1.2jb.3b9.3hj.3tt.3w3;Gateway:1ch.2jb.2kl;RouterInput:fg.ri.uq.2ax.2dn.2jb.34n.3cj.3w3.3zw.42a;RouterNetworkInterface:ri.2jb.34n.3w3;RouterOutput:fg.ri.1l0.2ax.2dn.2jb.34n.3cj.3w3.3zw",
        "AWS::MediaConvert": "JobTemplate:g.le.166.1t1.2jb.2xo.325.3kw.3ry.3w3;Preset:le.166.2jb.3kw.3w3;Queue:r5.166.2dp.2jb.2x3.3rt.3w3",
        "AWS::MediaLive": "Channel:7o.lk.ml.mm.mr.17a.1b5.1f2.1xg.1y8.1ym.284.29v.2av.2jb.3b9.3w3.48y;ChannelPlacementGroup:ok.2jb.2l6.3w3;CloudWatchAlarmTemplate:q1.11s.166.1i0.1ra.2fn.2jb.2sh.3rr.3w3.3xc.3zm.42q;CloudWatchAlarmTemplateGroup:166.2jb.3w3;Cluster:ov.1zv.2jb.2kf.3w3;EventBridgeRuleTemplate:166.1iv.1j1.1ra.2jb.3w3;EventBridgeRuleTemplateGroup:166.2jb.3w3;Input:17a.1yd.1yf.1yj.2e1.2iy.2jb.3b9.3ca.3gy.3mk.3ph.3q4.3w3.43e.48y;InputSecurityGroup:3w3.4at;Multiplex:fs.17a.2j2.2jb.3w3;Multiplexprogram:2j0.2j1.2qd.2tf.2wi.2yx;Network:21c.2jb.3cb.3w3;Node:ok.2jb.2kv.3b6.3gx.3w3;SdiSource:2gp.2jb.3w3.43e;SignalMap:o8.166.18w.1ib.1oj.2jb.3w3",
        "AWS::MediaPackage": "Asset:1cj.1ut.2qb.38w.3ns.3p0.3w3;Channel:166.1cg.1sp.1ut.1xp.3w3;OriginEndpoint:d0.mo.oz.z5.166.1sr.1ut.2bq.2ik.2ox.3rb.3w3.402.4ar;PackagingConfiguration:oz.z5.1sr.1ut.2ik.2qb.3w3;PackagingGroup:d0.1cg.1ut.3w3",
        "AWS::MediaPackageV2": "Channel:mn.mp.166.1yo.1yp.2j4.2pi.2pk.3w3;ChannelGroup:mn.166.3w3;ChannelPolicy:mn.mp.2un;OriginEndpoint:mn.mp.ui.z4.166.1oh.1sq.2ao.2ij.2ou.3hv.3rb.3sz.3w3.448;OriginEndpointPolicy:ll.mn.mp.2ou.2un",
        "AWS::MediaStore": "Container:18.ub.vp.27r.2fo.2un.3w3",
        "AWS::MediaTailor": "Channel:cg.mp.1mr.29c.2pn.2u9.3w3.3zw.405;ChannelPolicy:mp.2un;Function:r4.xm.166.1p6.1pc.1tx.3in.3w3;LiveSource:1tw.28e.3on.3w3;PlaybackConfiguration:2x.2y.2z.43.44.fc.jf.lm.rl.z3.1p7.1so.1ys.28d.29c.2bt.2jb.2t0.3me.3w3.421.47u;PrefetchSchedule:tp.2jb.2u8.33z.3ar.3fs.3sw.3w3;SourceLocation:u.13v.1tt.3hx.3on.3w3;VodSource:1tw.3on.3w3.48n",
        "AWS::MemoryDB": "ACL:0.3w3.45f;Cluster:0.e3.oi.on.11b.166.1g8.1gh.1n7.21b.25b.2b0.2ir.2kj.2l4.2m4.2m5.2qk.2vb.3hj.3mq.3n0.3n3.3n5.3nb.3ne.3ts.3ve.3w3;MultiRegionCluster:166.1g8.1gh.2is.2iv.2l4.2m5.3ve.3w3.43u;ParameterGroup:166.1le.2qk.2qq.3w3;Snapshot:on.25b.3n0.3w3;SubnetGroup:166.3ts.3tu.3w3;User:1m.cu.3w3.45e",
        "AWS::MGN": "Connector:2jb.3qh.3qi.3w3;LaunchConfigurationTemplate:bc.i7.vd.ve.1ed.1eg.267.26m.27k.2bw.2qr.2vx.3mh.3mi.3w3.3wx;NetworkMigrationDefinition:166.2jb.3gq.3ny.3w3.3wk.3x2.3xg",
        "AWS::MPA": "ApprovalTeam:9o.9s.166.2jb.2um.3w3;IdentitySource:1vo.3w3",
        "AWS::MSK": "BatchScramSecret:og.3h5;Channel:mp.og.1f8.1uo.2ae.3e0.3w3.40x;Cluster:it.nk.on.rn.x0.1f9.1gk.23y.2ae.2m7.2nk.333.3sg.3w3.4c9;ClusterPolicy:og.2un;Configuration:166.23z.26i.2jb.3j1;Replicator:166.23v.29e.36d.36s.3jx.3w3;ServerlessCluster:nk.on.3w3.491;Topic:og.rh.2r3.36a.40z;VpcConnection:cq.nz.3hm.3w3.3wf.49a",
        "AWS::MWAA": "Environment:4z.50.z1.1fx.1h9.1js.258.2aa.2di.2dk.2gd.2gf.2jb.2jz.2uf.2ug.37s.37t.3g5.3nt.3rc.3rd.3w3.4al.4ao.4b9",
        "AWS::MWAAServerless": "Workflow:p1.14g.166.1f8.2aa.2jb.2jz.3b9.3w3.42z",
        "AWS::Neptune": "DBCluster:bi.fs.gi.vg.yd.yg.yl.yo.yx.14z.1dv.1gh.1qf.1ud.25b.2kj.2wg.2wl.3a9.3aa.3ja.3my.3o1.3sd.3w3.44v.49p;DBClusterParameterGroup:166.1le.2jb.2qq.3w3;DBInstance:65.e3.fg.yd.yi.yj.yn.yv.yx.2wl.319.3w3;DBParameterGroup:166.1le.2jb.2qq.3w3;DBSubnetGroup:yw.yx.3tu.3w3;EventSubscription:1ex.1if.3nb.3of.3p9.3u7.3w3;GlobalCluster:14z.1g8.1gh.1qf.3o1.3sd.3w3",
        "AWS::NeptuneGraph": "Graph:14z.1r0.1wo.25c.30g.30x.35z.3w3.47b;GraphSnapshot:1qz.3n0.3w3;PrivateGraphEndpoint:1qz.3hj.3tu.49a",
        "AWS::NetworkFirewall": "ContainerAssociation:u6.ua.166.3w3.43e;Firewall:fi.fn.14v.166.1ey.1nf.1nh.1ni.3tq.3tw.3w3.42h.49a;FirewallPolicy:166.1ng.1nj.3w3;LoggingConfiguration:1ee.1nd.1nf.2aa;RuleGroup:kt.166.3cu.3cv.3uh.3w3.43e;TLSInspectionConfiguration:166.3vf.3vg.3w3;VpcEndpointAssociation:166.1nd.3tv.3w3.49a",
        "AWS::NetworkFlowMonitor": "Monitor:28y.2i2.35m.3go.3w3;Scope:3w3.3xq",
        "AWS::NetworkManager": "ConnectAttachment:vl.1c8.2k1.2o6.2zo.3ch.3w3.42n;Connection:sd.sf.166.17s.1qh.27z.3w3;ConnectPeer:hc.s8.vj.1yt.2rt.3to.3w3;CoreNetwork:166.1qh.2us.3w3;CoreNetworkPrefixListAssociation:vl.2wn.2wo;CustomerGatewayAssociation:y0.17s.1qh.27z;Device:a.166.1qh.292.2gq.3ip.3m1.3w3.43e.47c;DirectConnectGatewayAttachment:vl.184.1c9.3ch.3w3;GlobalNetwork:w7.166.3rf.3w3;Link:gs.166.1qh.303.3m1.3w3.43e;LinkAssociation:17s.1qh.27z;Site:166.1qh.292.3w3;SiteToSiteVpnAttachment:vl.2k1.2zo.3ch.3w3.49y;TransitGatewayPeering:vl.3w3.42d;TransitGatewayRegistration:1qh.42d;TransitGatewayRouteTableAttachment:2k1.2s5.2zo.3ch.3w3.42l;VpcAttachment:vl.2o6.2zo.3ch.3tp.3w3.48z",
        "AWS::NetworkMonitor": "Monitor:4x.2i2.3w3",
        "AWS::NimbleStudio": "LaunchProfile:166.1c0.26q.2jb.3ss.3tb.3td.3w3;StreamingImage:166.1by.2jb.3td.3w3;Studio:3x.190.3tc.3th.3w3.45r;StudioComponent:ri.166.1bz.1xz.2jb.3gw.3td.3uc.3w3.43e",
        "AWS::Notifications": "ChannelAssociation:a5.2lg;EventRule:1io.1j1.2lg.34r.3nm;ManagedNotificationAccountContactAssociation:ty.22m.2bg;ManagedNotificationAdditionalChannelAssociation:mk.22m.2bg;NotificationConfiguration:4v.166.2jb.3w3;NotificationHub:34k;OrganizationalUnitAssociation:2lg.2oo",
        "AWS::NotificationsContacts": "EmailContact:1d7.2jb.3w3",
        "AWS::NovaAct": "WorkflowDefinition:166.1kf.2jb",
        "AWS::Oam": "Link:25t.27x.39m.3m0.3w3;Sink:2jb.2un.3w3",
        "AWS::ObservabilityAdmin": "OrganizationCentralizationRule:3co.3cy.3w3;OrganizationTelemetryRule:3co.3cy.3w3;S3TableIntegration:1f5.2a0.3b9.3w3;TelemetryEnrichment:3gn;TelemetryPipelines:ri.2jb.3w3;TelemetryRule:3co.3cy.3w3",
        "AWS::ODB": "CloudAutonomousVmCluster:fb.o6.vy.12e.166.190.1ul.22h.27h.2b0.2em.2mw.3f9.3fb.3w3.408.413;CloudExadataInfrastructure:fg.fk.qt.xy.11p.190.2b0.3l2.3sc.3sh.3w3;CloudVmCluster:o6.on.vx.zk.117.12b.12c.12e.190.1qd.1tj.1ul.22e.22p.27h.2eo.2mw.3fa.3qa.3vd.3w3.408;OdbNetwork:fg.fk.gl.ny.wu.xb.134.14p.190.253.25f.3dr.3e6.3t9.3ta.3w3.4c4;OdbPeeringConnection:3g.190.2mw.2rx.2ry.3w3",
        "AWS::Omics": "AnnotationStore:166.2jb.34b.3q5.3sn.3so.3w3;Configuration:166.2jb.3de.3w3;ReferenceStore:166.2jb.3q5.3w3;RunCache:k2.k5.kd.166.2jb.3w3;RunGroup:2cu.2cx.2d1.2db.2jb.3w3;SequenceStore:15.166.1bo.1lc.2jb.2zi.3dt.3q5.3w3;VariantStore:166.2jb.34b.3q5.3w3;Workflow:j.uf.ug.14f.14k.166.1g8.2au.2jb.2qn.2qo.3s5.3sl.3w3.4bc.4ca.4cb.4cc;WorkflowVersion:j.uf.ug.14f.14k.166.1g8.2au.2qn.2qo.3s5.3sl.3w3.47r.4bc.4be.4ca.4cb.4cc",
        "AWS::OpenSearch": "DataSource:114.166.1am.2jb",
        "AWS::OpenSearchServerless": "AccessPolicy:166.2jb.2un.43e;Collection:pl.14z.166.1f7.2jb.3r0.3w3.43e.47a;CollectionGroup:kw.166.1qa.2jb.3r0.3w3;CollectionIndex:1ut.1x4.1x5;Index:pk.1x4.2c2.3kv;LifecyclePolicy:166.2jb.2un.43e;SecurityConfig:166.1ue.1uf.2jb.3el.43e;SecurityPolicy:166.2jb.2un.43e;VpcEndpoint:2jb.3hj.3tu.49a",
        "AWS::OpenSearchService": "Application:87.115.1fm.1uf.259.2jb.3w3;Domain:4.1c.46.47.ez.oh.ph.160.1a6.1ac.1am.1bf.1f6.1gc.1gh.1ua.1v9.29y.2l3.2mx.3ma.3n1.3nh.3w3.44l.468",
        "AWS::OpsWorks": "App:8h.cc.115.166.1ay.1es.1h3.2jb.3lg.3qc.3qk.43e;ElasticLoadBalancerAttachment:1cz.26x;Instance:4r.71.9y.eo.fg.hs.1bt.1cy.1tj.1yy.1zz.26y.2p0.3bi.3q8.3qk.3tt.3yw.401.489.48x;Layer:cc.do.dp.xg.xi.xr.xw.1dp.1yy.27n.28o.2jb.2qa.3lg.3qk.3w3.43e.44t.48p;Stack:4r.cc.n1.o3.o5.ro.x5.xi.12x.139.13g.13n.13y.13z.1c5.1cy.1tk.2jb.32s.3kb.3p6.3w3.44o.44w.49a;UserProfile:67.1um.3q9.3qb;Volume:1c3.2ig.2jb.3qk",
        "AWS::OpsWorksCM": "Server:bc.gb.gh.x2.x9.xp.18f.1g8.1g9.1gd.1gh.1zo.1zz.24h.2wg.2wl.3hj.3kb.3tu.3w3",
        "AWS::Organizations": "Account:23.1d6.2r0.3bd.3w3;Organization:1lj;OrganizationalUnit:2jb.2qz.3w3;Policy:uk.166.2jb.3w3.3ww.43e;ResourcePolicy:uk.3w3",
        "AWS::OSIS": "Pipeline:j9.1f6.29y.2dg.2gc.2tc.2th.2tk.394.3w3.49k",
        "AWS::Outposts": "Outpost:fg.fk.166.2jb.3m1.3ur.3w3;Site:166.2jb.2lb.2np.32i.3lc.3w3",
        "AWS::Panorama": "ApplicationInstance:8y.13t.166.2br.2bs.2jb.3do.3w3;Package:2q7.3sf.3w3;PackageVersion:2c3.2pu.2q6.2q9.2rf.43v",
        "AWS::PaymentCryptography": "Alias:5l.248;Key:165.1ex.1kg.249.24a.2un.36h.3w3",
        "AWS::PCAConnectorAD": "Connector:lt.18a.3w3.49d;DirectoryRegistration:18a.3w3;ServicePrincipalName:t5.18c;Template:t5.14d.2jb.34a.3w3;TemplateGroupAccessControlEntry:1i.1r7.1rd.3yi",
        "AWS::PCAConnectorSCEP": "Challenge:t5.3w3;Connector:lt.2go.3w3.497",
        "AWS::PCS": "Cluster:2jb.2kk.3g2.3m2.3mg.3w3;ComputeNodeGroup:71.ok.xj.1ui.1z3.2jb.2kx.31i.3f3.3mg.3py.3tu.3w3;Queue:ok.qw.2jb.3mg.3w3",
        "AWS::Personalize": "Dataset:11w.11y.122.2jb.3gc.3w3;DatasetGroup:1a5.259.2jb.3b9.3w3;EventTracker:11w.2jb.3w3;Filter:11w.1my.2jb.3w3;MetricAttribution:11w.2fs.2fy.2jb;Schema:1a5.2jb.3gb.3w3;Solution:11w.1j1.2jb.2s9.2sa.337.3nk.3w3",
        "AWS::PI": "PerfReports:1fl.1v4.3ke.3r4.3w3",
        "AWS::Pinpoint": "ADMChannel:8w.np.nw.1ex;APNSChannel:8w.jg.lp.12w.1ex.2y2.3yb.40p.40q;APNSSandboxChannel:8w.jg.lp.12w.1ex.2y2.3yb.40p.40q;APNSVoipChannel:8w.jg.lp.12w.1ex.2y2.3yb.40p.40q;APNSVoipSandboxChannel:8w.jg.lp.12w.1ex.2y2.3yb.40p.40q;App:2jb.3w3;ApplicationSettings:8w.ko.od.27v.32e;BaiduChannel:7t.8w.1ex.3h7;Campaign:3k.8w.ko.x6.166.1ss.22k.27v.2ew.2jb.2xo.3fg.3i0.3i3.3w3.3yk.42r.42s;EmailChannel:8w.rw.1ex.1ox.1v5.2o8.3b9;EmailTemplate:140.1tr.3tm.3w3.3ym.3yo.3zb;EventStream:8w.176.3b9;GCMChannel:7t.8w.12w.1ex.3k0;InAppTemplate:uk.x4.272.3w3.3ym.3yo;PushTemplate:1.9.gq.12p.140.1ph.3w3.3ym.3yo;Segment:8w.183.2jb.3hz.3w3;SMSChannel:8w.1ex.3ii.3ld;SmsTemplate:i5.140.3w3.3ym.3yo;VoiceChannel:8w.1ex",
        "AWS::PinpointEmail": "ConfigurationSet:158.2jb.37b.3ik.3w3.41i;ConfigurationSetEventDestination:ry.1ii.1ij;DedicatedIpPool:2v8.3w3;Identity:19c.1lw.2at.2jb.3w3",
        "AWS::Pipes": "Pipe:166.16h.1gm.1gn.25c.29c.2jb.3b9.3nm.3or.3w3.3w7.3x6",
        "AWS::PricingPlanManager": "Subscription:2ty.2tz.38e.44c",
        "AWS::Proton": "EnvironmentAccountConnection:pd.qa.1h4.1he.2bl.3b9.3w3;EnvironmentTemplate:166.190.1fa.2jb.30m.3w3;ServiceTemplate:166.190.1fa.2jb.2tj.3w3",
        "AWS::QBusiness": "Application:c4.et.nr.166.190.1f8.1ug.1v8.1vq.2sz.31m.32d.3b9.3w3;DataAccessor:2a.8w.ct.190.2xe.3w3;DataSource:8w.ri.166.190.19x.1x3.2e2.3b9.3v6.3w3.492;Index:8w.kv.166.190.19u.3w3.43e;Permission:2l.8w.r7.2xe.3rn;Plugin:8w.ck.xo.190.3j7.3rf.3w3.43e;Retriever:8w.ri.190.3b9.3w3.43e;WebExperience:8w.iv.y7.1vi.2oz.3b9.3er.3ub.3w3.40i.4aq",
        "AWS::QLDB": "Ledger:14z.258.2jb.2ss.3w3;Stream:1jl.1x1.24t.275.3b9.3sy.3w3",
        "AWS::QuickSight": "ActionConnector:2b.cr.fw.166.2jb.2sn.3w3.43e.493;Agent:2c.4h.4i.fw.xq.166.1ur.2jb.3pn.3r8.3w3.4aq;Analysis:77.fw.14d.1hq.1ob.2jb.2qq.2sn.3lb.3oa.3rt.3w3.3zd.46o;ApprovalPolicy:2l.8o.9l.b6.166.2jb.2uw;Customization:141.2jd.3w3;CustomPermissions:fw.kq.xn.3w3;Dashboard:fw.zb.zd.14d.1ob.27y.281.2jb.2qq.2sn.3oa.3w3.3zd.46o.47o;DataSet:fw.pq.pr.107.10r.10s.10u.120.1lz.1ob.1wl.1xo.2ai.2jb.2sb.2sn.2t7.3cm.3cn.3ie.3w3.44j;DataSource:6u.fw.wi.111.113.1hm.1ob.2jb.2sn.3qf.3w3.43e.494;DLPSetting:fw.19d.1ex.2jb.305.30b.30c.3w3;Flow:fw.166.1o2.2jb.2sn;Folder:fw.1oc.1od.2jb.2qu.2sn.3la.3w3;KnowledgeBase:x.fw.10y.166.22c.25h.25i.2e2.2jb.2sn.2xc.3w3;LimitsProfile:1z.166.2yr.390;OAuthClientApplication:np.nw.114.1vm.2jb.2mb.2mc.2md.2me.2mf.3w3;RefreshSchedule:fw.10r.3fg;Space:fw.166.2jb.2sn.39o.3pj.3w3;Template:fw.14d.2jb.2sn.3oa.3w3.3yn.46o.47o;Theme:fw.h0.ri.2jb.2sn.3w3.3ze.47o;Topic:fw.rd.xh.10v.166.1ob.2jb.3w3.40y.457;TopicV2:fw.xh.10t.10v.166.1ob.2jb.2sn.3w3.40y;VPCConnection:ff.fw.19l.2jb.3b9.3hj.3tu.3w3.465",
        "AWS::RAM": "Permission:2jb.2v3.39k.3w3;ResourceShare:63.2jb.2sj.2xm.38e.39f.3ph.3w3",
        "AWS::Rbin": "Rule:166.1je.298.39j.39k.3an.3rt.3w3",
        "AWS::RDS": "ClusterSnapshot:yd.yh.3w3;CustomDBEngineVersion:11k.11l.11m.166.1g8.1gh.1w8.23r.2bo.3o0.3rt.3w3.44k;DBCluster:5s.bi.e3.fs.ga.gi.oq.vg.yd.yf.yg.yl.yx.yy.11j.11n.14q.14z.1a5.1ah.1dv.1e4.1e5.1e6.1eb.1g8.1gb.1gc.1gh.1qf.214.25b.2b9.2c8.2c9.2ca.2cc.2i8.2i9.2kj.2sc.2se.2sf.2vb.2wg.2wl.319.36l.3a9.3aa.3f3.3jb.3my.3o1.3o6.3oy.3sd.3sl.3w3.44v.49p;DBClusterParameterGroup:yg.166.1le.2qq.3w3;DBInstance:3j.5s.65.9g.bi.e3.f2.f3.f4.fg.gi.gm.jq.m7.mx.vg.xf.yd.yh.yi.yj.ym.yn.yt.yv.yx.yy.11j.12m.14q.14z.1a5.1a7.1ab.1ag.1ah.1aq.1dv.1e6.1eh.1g8.1gb.1gh.214.25b.27h.2b9.2c8.2c9.2ca.2cc.2ck.2i8.2i9.2im.2jm.2kj.2o3.2sd.2sf.2vb.2wg.2wl.2yc.2zc.319.360.3a8.3o1.3o2.3o3.3o7.3oy.3sd.3sj.3sl.3w3.3y9.3ya.40h.44r.44v.469;DBParameterGroup:yn.166.1le.2qq.3w3;DBProxy:cj.yq.12j.12v.1fz.1ga.1vs.37p.3b9.3w3.3wh.49p.49s;DBProxyEndpoint:yp.yq.1fz.3w3.3xd.49p.49s;DBProxyTargetGroup:su.ye.yk.yq.3wt;DBSecurityGroup:yr.1bl.1r6.3w3;DBSecurityGroupIngress:js.ys.1bi.1bj.1bk;DBShardGroup:qy.yd.yu.2ci.2g6.319.3w3;DBSnapshot:yj.yv.3w3;DBSubnetGroup:yw.yx.3tu.3w3;EventSubscription:1ex.1if.3nb.3of.3p9.3u7.3w3;GlobalCluster:14z.1g8.1gb.1gh.1qf.3o1.3sd.3w3;Integration:39.zr.166.20d.23r.3ns.3w3.3wb;OptionGroup:1ge.2b3.2o1.2o2.2o3.3w3",
        "AWS::Redshift": "Cluster:6a.9w.f0.fg.fq.fr.ne.ol.oo.os.ou.ov.ow.ym.149.14a.14b.14c.173.1cx.1f4.1fm.1gl.1to.1tp.1ul.25b.2ag.2az.2b8.2bv.2c7.2c9.2cc.2im.2ji.2l4.2m8.2pu.2vb.2wl.319.38c.3b0.3bn.3ms.3mu.3mv.3mw.3my.3w3.49p;ClusterParameterGroup:166.2qj.2qk.2qq.3w3;ClusterSecurityGroup:166.3w3;ClusterSecurityGroupIngress:js.or.1bj.1bk;ClusterSubnetGroup:166.3tu.3w3;EndpointAccess:ol.1fy.393.3ts.49p;EndpointAuthorization:1s.ol.1oe.49c;EventSubscription:1ex.1if.3ky.3nb.3of.3p9.3u7.3w3;Integration:39.20d.23r.3ns.3w3.3wb;QEV2IdcApplication:1v1.1v2.31o.3w3;ScheduledAction:1dm.1fl.1uj.3fg.3ft.3fu.3r4.3w9;Snapshot:ol.2bv.3my.3w3;SnapshotCopyGrant:25b.3mu.3w3;SnapshotSchedule:3fj.3fk.3fo.3w3;UsageLimit:75.ip.ol.1lk.27u.2sh.3w3",
        "AWS::RedshiftServerless": "Namespace:3v.3z.40.12a.138.1n7.1n8.1ul.25b.29m.2b7.2jh.2ji.348.3mt.3w3;Snapshot:2jh.3an.3n0.3w3;Workgroup:gu.re.1gl.2cn.2jh.2vb.2x2.319.33u.3hj.3mp.3n0.3n2.3tu.3w3.41f.4bj.4bk",
        "AWS::RefactorSpaces": "Application:7r.1hd.2jb.30v.3w3.49a;Environment:166.2jb.2k0.3w3;Route:8x.13o.1hd.3c7.3jz.3w3.447;Service:8x.166.1g0.1hd.260.2jb.3w3.44a.49a",
        "AWS::Rekognition": "Collection:pm.3w3;Dataset:122.2z0.3w3;Project:2z6.3w3;StreamProcessor:il.se.10w.1l1.24u.251.25b.2jb.2le.2v6.3b9.3dz.3w3",
        "AWS::ResilienceHub": "App:83.8j.166.1iu.2jb.2sk.380.391.3w3;ResiliencyPolicy:zz.2un.2uq.2ux.3w3.3zw",
        "AWS::ResilienceHubV2": "Policy:fe.10i.166.25b.2ip.2iq.2jb.3l9.3w3;Service:ak.bj.15j.166.1yl.25b.2jb.2sk.2uo.34r.36t.3w3;ServiceFunction:wn.166.2jb.3jk;System:166.25b.2jb.3l9.3w3;UserJourney:166.2jb.2uo.3vb",
        "AWS::ResourceExplorer2": "DefaultViewAssociation:47w;Index:3w3.43e;View:1n5.1wz.3gn.3w3.47y",
        "AWS::ResourceGroups": "Group:ri.166.2jb.397.39o.3w3;TagSyncTask:1r3.3b9.3vu.3w1",
        "AWS::RoboMaker": "Fleet:2jb.3w3;Robot:9y.1nr.1r1.2jb.3w3;RobotApplication:wz.1h3.2jb.3b5.3ph.3w3;RobotApplicationVersion:8p.wz;SimulationApplication:wz.1h3.2jb.35t.3b5.3lv.3ph.3w3;SimulationApplicationVersion:8p.wz",
        "AWS::RolesAnywhere": "CRL:wo.1ex.2jb.3w3.433;Profile:n.ca.1bb.1ex.2bi.2jb.37o.3ba.3km.3w3;TrustAnchor:1ex.2jb.2ln.3nm.3w3",
        "AWS::Route53": "CidrCollection:297.2jb;DelegationSet:;DNSSEC:1tg;HealthCheck:1s1.1sd;HostedZone:1te.1tf.1ti.2jb.31w.46b;KeySigningKey:1tg.24f.2jb.3rt;QueryLoggingConfig:ob.1tg;RecordSet:5m.nc.pw.1l4.1qb.1s7.1tg.1th.2ix.2jb.34k.398.3ks.3vh.43e.4ap;RecordSetGroup:pw.1tg.1th.33j;TrafficPolicy:pw.19t.2jb;TrafficPolicyInstance:1tg.2jb.3vh.41r.41t",
        "AWS::Route53GlobalResolver": "AccessSource:n5.o0.19o.218.2jb.2zw.3w3;AccessToken:o0.19o.1k8.2jb.3w3;DnsView:o0.166.19p.1cc.1nm.1qn.2jb.3w3;FirewallDomainList:o0.166.1af.1ay.1qn.2jb.3w3;FirewallRule:29.ht.hu.hv.hx.o0.r8.166.19f.19o.1ne.2jb.2xo.31n;GlobalResolver:o0.166.218.2jb.2mu.34r.3w3;HostedZoneAssociation:1tg.2jb.38d",
        "AWS::Route53Profiles": "Profile:2jb.3w3;ProfileAssociation:a5.2jb.2yq.38w.3w3;ProfileResourceAssociation:2jb.2yq.38d.396",
        "AWS::Route53RecoveryControl": "Cluster:2jb.2kj.3w3;ControlPanel:og.2jb.3w3;RoutingControl:og.v6.2jb;SafetyRule:aj.v6.1q4.2jb.3cs.3w3",
        "AWS::Route53RecoveryReadiness": "Cell:ln.lo.3w3;ReadinessCheck:330.39c.3w3;RecoveryGroup:lo.33s.3w3;ResourceSet:39c.39d.39o.3w3",
        "AWS::Route53Resolver": "FirewallDomainList:1af.1ay.2jb.3w3;FirewallRuleGroup:1nl.2jb.3w3;FirewallRuleGroupAssociation:1nk.2j5.2jb.2xo.3w3.49a;OutpostResolver:1z6.2jb.2p7.2wj.3w3;ResolverConfig:ex.38w;ResolverDNSSECConfig:38w;ResolverEndpoint:189.19e.219.221.2jb.2p7.2wj.301.386.3b4.3hj.3w3.3x1;ResolverQueryLoggingConfig:16m.2jb.3w3;ResolverQueryLoggingConfigAssociation:387.38w;ResolverRule:14m.1am.2jb.385.3d7.3w3.3wy;ResolverRuleAssociation:2jb.388.467",
        "AWS::RTBFabric": "InboundExternalLink:1pu.27w.280.3w3;Link:1pu.1ty.27w.280.2hv.2rw.3w3;LinkRoutingRule:r7.1pu.27z.2xo.3w3;OutboundExternalLink:1pu.27w.280.30z.3w3;RequesterGateway:166.3hj.3tu.3w3.49a;ResponderGateway:27.166.1am.1q2.28a.2bb.2vb.2zw.3hj.3tu.3w3.436.49a",
        "AWS::RUM": "AppMonitor:8d.xd.yc.15i.1a5.1al.2jb.2u0.394.3w3",
        "AWS::S3": "AccessGrant:10.11.8q.1qw.2si.3e8.3w3;AccessGrantsInstance:1v6.3w3;AccessGrantsLocation:1uk.295.3w3;AccessPoint:iz.j0.2jb.2un.30w.3w3.492;Bucket:d.f.v.7c.j1.j2.j3.j4.vo.20j.20v.27m.2aa.2f7.2fb.2fw.2lf.2mn.2mo.2q1.30w.369.3w3.47s.4an;BucketPolicy:iz.2us;MultiRegionAccessPoint:2jb.30w.34r;MultiRegionAccessPointPolicy:2ii.2un;StorageLens:3se.3w3;StorageLensGroup:1ms.2jb.3w3",
        "AWS::S3Express": "AccessPoint:iz.j0.2jb.2un.30w.3gn.3w3.492;BucketPolicy:iz.2us;DirectoryBucket:j1.j2.10j.20v.27m.294.2fw.3w3",
        "AWS::S3Files": "AccessPoint:o0.1mh.2vv.3bj.3w3;FileSystem:k.iz.o0.25b.2wm.3b9.3v9.3w3;FileSystemPolicy:1mh.2un;MountTarget:1mh.218.21o.21u.3hm.3tt",
        "AWS::S3ObjectLambda": "AccessPoint:2jb.2mm;AccessPointPolicy:2ml.2us",
        "AWS::S3Outposts": "AccessPoint:iz.2jb.2un.492;Bucket:j2.27m.2p9.3w3;BucketPolicy:iz.2us;Endpoint:1p.y6.1l3.2p9.3hi.3tt",
        "AWS::S3Tables": "Namespace:2jd.3vj;Table:q0.1up.2jd.2nm.3mz.3s7.3vj.3vp.3w3.4b2;TableBucket:1f8.2fv.369.3s7.3vk.3w3.43n;TableBucketPolicy:394.3vj;TablePolicy:394.3vi",
        "AWS::S3Vectors": "Index:11e.181.192.1f8.1x4.2f7.3w3.476.477;VectorBucket:1f8.3w3.477;VectorBucketPolicy:2un.476.477",
        "AWS::SageMaker": "Action:2g.2k.166.2fa.2zk.3nm.3rt.3w3;AIWorkloadConfig:7.8.11u.3w3;Algorithm:5g.5h.me.1xh.3w3.420;App:8e.8k.1ai.33t.39h.3w3.45p;AppImageConfig:8a.p3.23l.244.3w3;Artifact:a9.ae.2fa.2zk.3nm.3w3;Cluster:ef.on.op.1zb.2kz.2l0.2oa.3ab.3ac.3w3.3zx.490;ClusterSchedulerConfig:og.166.2jb.3g3.3w3;CodeRepository:p6.1qe.3w3;Context:uw.ux.166.2zk.3nm.3w3;DataQualityJobDefinition:10e.10f.10g.10h.1fy.22z.23b.2jy.3b9.3s4.3w3;Device:17l.17r.3w3;DeviceFleet:166.17r.2pe.3b9.3w3;Domain:8f.8g.cl.13x.143.1am.1as.1sw.25b.3tu.3vx.3w3.49a;Endpoint:15m.1fp.1fy.1jf.3af.3ag.3w3;EndpointConfig:bu.zh.1ef.1fp.1js.1kb.25b.2fu.2ym.3l1.3w3.490;Experiment:166.190.1jy.3w3;ExperimentTrialComponent:190.1fl.2fa.3r4.3rt.3w3.42v;FeatureGroup:166.1iw.1lh.1li.2my.2nf.33i.3b9.3w3.3zs;Hub:1u1.1u2.1u3.1u4.3ec.3w3;HumanTaskUi:1u5.3w3.43j;Image:1w6.1w7.1w9.1wd.3w3;ImageVersion:5i.5n.gw.1t2.1w9.23j.2aq.2yb.2yy.35b.47d;InferenceComponent:15m.1fo.1fy.1xb.3di.3pq.3pr.3w3.46z;InferenceExperiment:116.166.16h.1fy.258.2hq.2jb.3b9.3fg.3l0.3rw.3w3.43e;MlflowApp:ac.2hm.2jb.3b9.3w3.4ao;MlflowTrackingServer:ac.f6.2gn.3b9.3w3.41j.41k.4ao;Model:uj.1ef.1js.1xd.2h9.2x9.3w3.490;ModelBiasJobDefinition:1fy.22z.23b.2gt.2gu.2gv.2gw.2jy.3b9.3s4.3w3;ModelCard:uk.w8.268.2gy.2gz.3ha.3w3;ModelExplainabilityJobDefinition:1fy.22z.23b.2h1.2h2.2h3.2h4.2jy.3b9.3s4.3w3;ModelPackage:3a.3b.9k.me.o0.y5.1a5.1b4.1xh.269.2fa.2gr.2gx.2h8.2ha.2hc.2he.2hf.2hg.3eq.3ha.3m8.3np.3pb.3w3.3xr.46n;ModelPackageGroup:2hb.2hc.2hd.3w3;ModelQualityJobDefinition:1fy.22z.23b.2hi.2hj.2hk.2hl.2jy.3b9.3s4.3w3;MonitoringSchedule:1fy.1l7.26a.2ia.2ib.2ic.3w3;NotebookInstance:i.37.132.187.1zj.1zz.25b.27l.2la.2u4.3b9.3bh.3hj.3tt.3w3.48v;NotebookInstanceLifecycleConfig:2l9.2n2.2nc.3w3;PartnerApp:8l.8s.cp.o0.1dq.1e7.1js.25b.2aw.2jb.3w3.3zw.43e;Pipeline:2qh.2td.2te.2tg.2th.3b9.3w3;ProcessingJob:8i.1h3.1jw.2jy.2y7.2y8.2y9.2ya.3b9.3s4.3w3;Project:2z2.2z6.3jm.3jn.3w3.3yp;Space:1ai.2q2.3pi.3pk.3pl.3pm.3w3;StudioLifecycleConfig:3te.3tf.3tg.3w3;TrialComponent:190.1y7.2fa.2pd.2qq.3rt.3w3.42v;UserProfile:1ai.3ly.3lz.3w3.45p.45u;Workforce:pe.218.2n0.3oh.3w3.4bh.4bi;Workteam:166.2ed.2lf.3w3.4bh.4bw",
        "AWS::Scheduler": "Schedule:166.1fi.1o0.1rc.259.2jb.3fm.3fn.3r2.3rf.3w7;ScheduleGroup:2jb.3w3",
        "AWS::SCN": "DataIntegrationFlow:1zc.2jb.3ph.3w3.3w7.425;Dataset:166.1zc.2jb.2jd.2r6.3gb.3w3;Namespace:166.1zc.2jb.3w3",
        "AWS::SDB": "Domain:166",
        "AWS::SecretsManager": "ResourcePolicy:hw.394.3h6;RotationSchedule:1kv.1kw.1td.3bo.3br.3bt.3h6;Secret:166.1q8.25b.2jb.361.3h8.3w3.43e;SecretTargetAttachment:3h6.3wu.3xm",
        "AWS::SecurityAgent": "AgentSpace:g1.p7.166.207.25b.2jb.3w3.3wl;Application:13d.1uu.3b9.3w3;Artifact:4q.a8.ae.1me;Pentest:4q.b7.ni.p5.18k.1jg.29b.2ki.3ka.40i.490;SecurityRequirementPack:166.25b.2jb.3ht.3rt.3w3;TargetDomain:3w3.3wm.47h",
        "AWS::SecurityHub": "AggregatorV2:285.34l.3w3;AutomationRule:2l.wl.166.22q.3cy.3d0.3d6.3w3;AutomationRuleV2:2l.wl.166.3cy.3d0.3d6.3w3;ConfigurationPolicy:rr.166.2jb.3w3;Connector:166.2jb.303.3w3;ConnectorV2:166.259.2jb.303.3w3;DelegatedAdmin:3t;FindingAggregator:34l.34r;Hub:dx.v4.1dx.3w3;HubV2:2kd.3w3;Insight:1n5.1r4.2jb;OrganizationConfiguration:dw.e0.rz;PolicyAssociation:rs.3wu.3xm;ProductSubscription:2yh;SecurityControl:26c.2qq.3he.3hf;Standard:18n.3qz",
        "AWS::SecurityLake": "AwsLogSource:26.zw.3oq.3pc;DataLake:1f8.27m.2f4.369.3w3;Subscriber:1q.zw.3ph.3u0.3u1.3u2.3w3;SubscriberNotification:2lf.3tz",
        "AWS::Serverless": "Api:16.6v.cj.hn.k6.k7.kp.vn.14e.14k.166.18h.1a5.1fq.1q0.2fe.2gg.2hr.2jb.2nh.3qt.3w3.41d.46y;Application:292.2ld.2qq.3w3.40d;Connector:3nm.16l.2sn;Function:9z.bs.e8.e9.pa.pc.12h.15y.166.1h3.1hk.1in.1j5.1mg.1p9.1pe.1ru.1w4.1wj.1y1.259.271.2en.2q8.2sp.2um.30f.37y.3b6.3dh.3w3.40a.41a.47o.490;GraphQLApi:;HttpApi:16.cj.vo.13p.14e.14k.166.18h.1a5.1l2.3c4.3qt.3qu.3w3;LayerVersion:q5.ut.166.26z.27f.3ap;SimpleTable:2xa.30k.3ei.3vp.3w3;StateMachine:14d.14i.14k.1j5.2a8.2jb.2so.2um.3b6.3w3.41a.43e",
        "AWS::ServerlessRepo": "Application:cz.166.1sx.25u.27d.2jb.331.3if.3nw.3po.3yj",
        "AWS::ServiceCatalog": "AcceptedPortfolioShare:m.2vp;CloudFormationProduct:m.166.199.2jb.2pt.2yl.30p.35w.3nz.3uo.3up.3uq.3w3;CloudFormationProvisionedProduct:m.2ld.2rh.2ri.2yi.2yj.30i.30n.30o.30r.30s.3w3;LaunchNotificationConstraint:m.166.2ld.2vp.2yi;LaunchRoleConstraint:m.166.28z.2vp.2yi.3b9;LaunchTemplateConstraint:m.166.2vp.2yi.3d9;Portfolio:m.166.190.30a.3w3;PortfolioPrincipalAssociation:m.2vp.2xf.2xl;PortfolioProductAssociation:m.2vp.2yi.3ou;PortfolioShare:m.1z.2vp.3l6;ResourceUpdateConstraint:m.166.2vp.2yi.3w0;ServiceAction:m.14d.14j.166.2jb;ServiceActionAssociation:2yi.30n.3jj;StackSetConstraint:m.22.3w.166.1jr.2vp.2yi.34m.3ql;TagOption:2s.246.46t;TagOptionAssociation:38w.3vw",
        "AWS::ServiceCatalogAppRegistry": "Application:166.2jb.3w3;AttributeGroup:cc.166.2jb.3w3;AttributeGroupAssociation:8p.c8;ResourceAssociation:8p.389.39k",
        "AWS::ServiceDiscovery": "HttpNamespace:166.2jb.3w3;Instance:1z2.1zc.3jy;PrivateDnsNamespace:166.2jb.2zk.3w3.48y;PublicDnsNamespace:166.2jb.2zk.3w3;Service:166.19g.1s1.1s3.2jb.2jf.3jl.3w3.43e",
        "AWS::SES": "ConfigurationSet:a3.158.2jb.37b.3ik.3ux.3w3.41i.475;ConfigurationSetEventDestination:ry.1ii;ContactList:u1.166.3w3.412;CustomVerificationEmailTemplate:1l8.1oy.3ud.3w3.3yl.3yo.3yt;DedicatedIpPool:2v8.3f5.3w3;EmailIdentity:rx.19a.19b.1db.1lv.2at.3w3;EmailIdentityCertificate:lr.1db.1ox;MailManagerAddonInstance:3m.3w3;MailManagerAddonSubscription:3l.3w3;MailManagerAddressList:3q.3w3;MailManagerArchive:a0.259.3ai.3w3;MailManagerIngressPoint:1xr.1xs.2jz.3d3.3rx.3w3.40k.41r.43e;MailManagerRelay:cq.358.3iz.3j0.3w3;MailManagerRuleSet:3d4.3d9.3w3;MailManagerTrafficPolicy:12q.2d6.2v1.3w3.41s;MultiRegionEndpoint:17d.1fy.3w3;ReceiptFilter:1ms;ReceiptRule:49.3co.3d4;ReceiptRuleSet:3d4;Template:3w3.3yh;Tenant:38f.3w3.3yy;VdmAttributes:z7.1rn",
        "AWS::Shield": "DRTAccess:29a.3b9;ProactiveEngagement:1dg.2y5;Protection:8z.1s0.2jb.38d.3w3;ProtectionGroup:4s.2eg.2rl.2zv.39k.3w3",
        "AWS::Signer": "ProfilePermission:29.2xe.2yr.2yv.3rn;SigningProfile:2u3.2yr.3lp.3w3",
        "AWS::SimSpaceWeaver": "Simulation:2dq.2jb.3b9.3gi.3n4",
        "AWS::SMSVOICE": "ConfigurationSet:ry.13w.1ik.2ex.2zq.3w3;OptOutList:2o0.3w3;PhoneNumber:151.22r.2bm.2m6.2ma.2o0.2o5.3ic.3w3.43d;Pool:151.2bm.2o0.2o5.2oy.3ic.3l7.3w3.43d;ProtectConfiguration:vu.151.3w3;Registration:34u.3w3;RegistrationAttachment:c0.c2.3w3;ResourcePolicy:2us.38d;SenderId:151.22r.3ii.3w3;VerifiedDestinationNumber:16x.3w3",
        "AWS::SNS": "Subscription:159.1fm.1n3.1n4.2zw.32r.346.34k.35y.3u8.40w;Topic:a1.ul.10a.15e.190.1m7.1m8.25e.2dw.3lq.3u4.3w3.40z.41b;TopicInlinePolicy:2us.40w;TopicPolicy:2us.412",
        "AWS::SQS": "Queue:ul.12n.14l.1m5.1m6.255.25e.2dw.2ey.328.335.345.346.3q3.3w3.48c;QueueInlinePolicy:2us.325;QueuePolicy:2us.32a",
        "AWS::SSM": "Association:9i.bo.bp.fa.kl.q7.1a3.1zc.2cp.2cz.2jb.2pj.2qq.3fm.3fp.3v1.3w3.3xq.4a6;CloudConnector:ra.ri.166.190.3b9.3w3;Document:c3.uk.19y.1a2.2jb.37u.3w3.3xm.43s.47r;MaintenanceWindow:68.ya.166.1b9.1fi.2jb.3fg.3fp.3fr.3r2.3w3;MaintenanceWindowTarget:166.2jb.2py.39k.3xq.4ax;MaintenanceWindowTask:yb.166.2ae.2cp.2cz.2jb.2xo.3kb.3xq.3xs.3xz.3y2.3y6.4ax;OpsItem:le.166.2xo.3ky.3nm.3w3.40i;Parameter:6l.11e.166.2jb.2um.3w3.3zw.43e.46t;PatchBaseline:9n.9p.9q.9r.fu.12y.166.1qg.2jb.2nr.2re.350.351.3ph.3w3;ResourceDataSync:j2.j5.j6.23q.3dz.3v3.3v4.3v7.3v8;ResourcePolicy:2un.38d;ServiceSetting:3kt.3ku",
        "AWS::SSMContacts": "Contact:5i.190.2tx.3w3.43e;ContactChannel:mj.mp.mv.tx.148;Plan:tx.3bq.3qv;Rotation:tz.2jb.33y.3r4.3w3.409",
        "AWS::SSMGuiConnect": "Preferences:sw",
        "AWS::SSMIncidents": "ReplicationSet:14y.34r.3w3;ResponsePlan:2l.my.190.1g7.1ws.20i.2jb.3w3",
        "AWS::SSMQuickSetup": "ConfigurationManager:rm.166.2jb.3w3;LifecycleAutomation:f8.f9.38y.3w3",
        "AWS::SSO": "Application:96.166.1z1.2jb.2vm.3rt.3w3;ApplicationAssignment:8q.2xi.2xl;Assignment:1z1.2sl.2xi.2xl.3wu.3xm;Instance:2jb.3w3;InstanceAccessControlAttributeConfiguration:w.1yz.1z1;PermissionSet:y4.166.1y2.1z1.2bh.2jb.2sp.359.3kf.3w3",
        "AWS::StepFunctions": "Activity:1f8.2jb.3w3;StateMachine:14d.14g.14h.14i.1f8.2aa.3b9.3rh.3rj.3w3.41c;StateMachineAlias:15y.166.2jb.3ce.3rg;StateMachineVersion:166.3rg.3ri",
        "AWS::StorageGateway": "Tape:1pr.23o.23p.2v7.3w3.3w5.3w6.4bx;TapePool:2v8.3al.3am.3s6.3w3;Volume:1pr.23o.23p.2k5.3mx.3pf.3w3.3x0.48u",
        "AWS::SupportApp": "AccountAlias:1v;SlackChannelConfiguration:mo.mp.mq.2lw.2lx.2ly.2lz.3yb;SlackWorkspaceConfiguration:3yb.47p",
        "AWS::SupportAuthZ": "SupportPermit:166.2jb.2sv.3lt.3um.3w3",
        "AWS::Synthetics": "Canary:a7.aa.iu.p1.14r.1b6.1js.1l9.259.2jb.30j.363.39t.3dc.3dp.3fg.3r1.3ue.3w3.464.48g.48h;Group:2jb.38e.3w3",
        "AWS::SystemsManagerSAP": "Application:8w.9b.qe.wi.11h.203.3ew.3lh.3w3",
        "AWS::Textract": "Adapter:30.ev.166.1ll.3w3",
        "AWS::Timestream": "Database:11n.25b.3w3;InfluxDBCluster:5s.iz.129.12d.12f.162.1l5.29g.2ay.2jb.2kj.2ob.2rb.2vb.319.3w3.460.49p.49s;InfluxDBInstance:5s.iz.129.12d.12f.162.29g.2ay.2jb.2kj.2ob.2rb.2vb.319.3w3.460.49p.49s;ScheduledQuery:o0.1hp.25b.2lf.322.3fi.3fy.3fz.3w3.3wg;Table:11n.2as.3aq.3gb.3vp.3w3",
        "AWS::Transcribe": "CallAnalyticsCategory:lf.1yp.3d9.3w3;MedicalVocabulary:265.3w3.48j.48m;Vocabulary:zf.265.2t6.3w3.48j.48m;VocabularyFilter:zf.265.3w3.48k.48l.4b4",
        "AWS::Transfer": "Agreement:1j.gv.x7.166.1g2.28x.2r8.2ww.3iw.3rt.3w3;Certificate:2u.lp.lw.166.1wr.2y2.3w3.44b;Connector:1j.ag.1ci.1co.218.2ah.3hp.3kz.3w3.449;HostKey:166.1t8.3iw.3w3;Profile:ah.m1.2yt.3w3;Server:lp.1a5.1fs.1g0.1vj.1vl.218.2ah.2vw.2w4.2zy.301.3ed.3hp.3t8.3w3.4bd;User:1st.1su.1sv.2un.2vu.3b6.3iw.3qa.3w3.45e;WebApp:y.1fs.1vj.3w3.4ad.4ae.4af;Workflow:166.2n5.3s2.3w3",
        "AWS::Translate": "ParallelData:166.1fa.2jb.2qg.3w3",
        "AWS::UXC": "AccountCustomization:1w.48d.48e",
        "AWS::VerifiedPermissions": "IdentitySource:ri.2v2.2xh;Policy:14d.2jb.2v2;PolicyStore:14z.166.1fe.3gb.3w3.46m;PolicyStoreAlias:5l.2v2;PolicyTemplate:166.2jb.2v2.3rm",
        "AWS::VoiceID": "Domain:166.2jb.3j4.3w3",
        "AWS::VpcLattice": "AccessLogSubscription:16m.38x.3k7.3w3;AuthPolicy:2un.38x;DomainVerification:1am.3w3;Listener:12q.2jb.2vb.2zw.3jz.3w3;ResourceConfiguration:5z.xb.1aw.1r8.2jb.2ve.2zz.38k.38l.38m.38o.38s.3w3;ResourceGateway:218.21p.2jb.38i.3hj.3tu.3w3.49b;ResourcePolicy:2un.38d;Rule:29.28b.2cd.2jb.2xo.3jz.3w3;Service:cp.lr.xb.19h.1vx.2jb.3w3;ServiceNetwork:cp.2jb.3l8.3w3;ServiceNetworkResourceAssociation:2xu.38n.3k5.3w3;ServiceNetworkServiceAssociation:19h.3jz.3k6.3w3;ServiceNetworkVpcAssociation:19k.2xu.3hj.3k6.3w3.49b;TargetGroup:r9.2jb.3w3.3xq.43e",
        "AWS::WAF": "ByteMatchSet:jp.2jb;IPSet:1uc.2jb;Rule:2fn.2jb.2w9;SizeConstraintSet:2jb.3m3;SqlInjectionMatchSet:2jb.3q1;WebACL:12q.2fn.2jb.3d9;XssMatchSet:2jb.4c3",
        "AWS::WAFRegional": "ByteMatchSet:jp.2jb;GeoMatchSet:1qc.2jb;IPSet:1uc.2jb;RateBasedRule:2cf.2fn.2jb.32n.32o;RegexPatternSet:2jb.34i;Rule:2fn.2jb.2w9;SizeConstraintSet:2jb.3m3;SqlInjectionMatchSet:2jb.3q1;WebACL:12q.2fn.2jb.3d9;WebACLAssociation:38d.4ac;XssMatchSet:2jb.4c3",
        "AWS::WAFv2": "IPSet:3r.166.1ub.2jb.3gn.3w3;LoggingConfiguration:29j.2ad.342.38d;RegexPatternSet:166.2jb.34z.3gn.3w3;RuleGroup:ft.kt.tm.xs.166.2hy.2jb.3d9.3gn.3w3.48b;WebACL:8s.bm.l8.mf.xs.109.12q.166.2hy.2jb.2na.3d9.3gn.3w3.40o.48b;WebACLAssociation:38d.4ab",
        "AWS::WellArchitected": "AgentContext:uk.ux.2yn.40i;AgentGoal:166.2t9.2yn.40i;AgentProfile:4t.jk.14z.166.190.1js.2jb.2t9.3w3;Lens:22v.276.3w3;Profile:2yp.2yr.2ys.3w3;ReviewTemplate:166.277.2lb.3w3.3yo;Workload:20.9x.g0.166.18u.1h3.1x8.1x9.277.2l7.2lb.3ay.3w3.4bm",
        "AWS::Wickr": "Network:14.2kb",
        "AWS::Wisdom": "AIAgent:b9.ri.166.2jb.3w3.43e;AIAgentVersion:2.b9.2ht;AIGuardrail:b9.hz.i0.up.uz.166.2jb.3il.3w3.410.4b3;AIGuardrailVersion:3.b9.2ht;AIPrompt:7q.b9.166.2h5.2jb.3w3.3yk.3yu.43e;AIPromptVersion:5.b9.2ht;Assistant:166.2jb.3j4.3w3.43e;AssistantAssociation:b9.bk.bq.3w3;KnowledgeBase:166.25j.2jb.35s.3j4.3nx.3w3.479;MessageTemplate:mt.uk.12u.166.1ri.25g.264.2f1.2jb.3w3;MessageTemplateVersion:2f0.2f2;QuickResponse:mw.uk.us.166.1ri.228.25g.264.2jb.3lf.3w3",
        "AWS::WorkSpaces": "ConnectionAlias:sy.3w3;Workspace:jg.18a.3bl.3w3.45e.45z.48q.4bu;WorkspaceIpGroup:1r5.1rc.3w3.45t;WorkspacesPool:97.jg.kt.166.18a.2v8.3df.3w3.40g",
        "AWS::WorkspacesInstances": "Volume:fg.1f4.214.25b.3m4.3mx.3vz.3zr.48w;VolumeAssociation:17l.18o.48r.4bs;WorkspaceInstance:2bd.3w3",
        "AWS::WorkSpacesThinClient": "Environment:16g.16j.16k.17o.259.2b0.2jb.3nf.3ng.3w3",
        "AWS::WorkSpacesWeb": "BrowserSettings:39.iw.y3.3w3.4ak;DataProtectionSettings:39.y3.166.190.1y4.3w3;IdentityProvider:1vj.1vk.1vl.2vf.3w3;IpAccessSettings:39.y3.166.190.21e.3w3;NetworkSettings:3hj.3tu.3w3.49a;Portal:39.cy.ix.y3.10b.190.1zz.216.2cr.2kg.2vi.3ki.3w3.435.450.45v;SessionLogger:39.y3.190.1im.29c.3w3;TrustStore:m2.3w3;UserAccessLoggingSettings:24x.3w3;UserSettings:39.io.va.vc.y3.12o.18s.1b3.1vt.2rd.2xn.3w3.40u.441.4ag",
        "AWS::XRay": "Group:1my.1rc.1yw.3w3;ResourcePolicy:jn.2us.2ux;SamplingRule:3cy.3et.3eu.3ev.3w3;TransactionSearchConfig:1x7",
    },
};

;// CONCATENATED MODULE: ./src/template/resource-types.ts
/**
 * Is this a CloudFormation resource type, and a property of it? Answered from the table
 * scripts/gen-cfn-spec.mjs generates from AWS's service spec. A misspelt type or property is
 * otherwise silent: `AWS::EC2::SecurityGroupp` is read by no rule, and the template "passes".
 */


const resourceSpecVersion = resourceTypes.version;
let names;
/** Unpacked by service when a template first names one of its types: a scan meets few services. */
const byService = new Map();
function serviceTypes(service) {
    let types = byService.get(service);
    if (types)
        return types;
    const packed = Object.hasOwn(resourceTypes.services, service) ? resourceTypes.services[service] : undefined;
    if (packed === undefined)
        return undefined;
    names ??= resourceTypes.names.split(',');
    types = new Map();
    for (const entry of packed.split(';')) {
        const [name, props] = entry.split(':');
        const list = props ? props.split('.').map((i) => names[parseInt(i, 36)]) : [];
        types.set(`${service}::${name}`, { names: list, set: new Set(list) });
    }
    byService.set(service, types);
    return types;
}
/** The property names of a type, or undefined when the spec does not know the type. */
function entryOf(type) {
    const cut = type.lastIndexOf('::');
    return cut > 0 ? serviceTypes(type.slice(0, cut))?.get(type) : undefined;
}
/** Every type the spec knows (for "did you mean" on an unknown one). */
function* allTypes() {
    for (const service of Object.keys(resourceTypes.services))
        yield* serviceTypes(service).keys();
}
/**
 * Types the spec is not asked about: custom resources, registry (third-party and private) types,
 * modules, and SAM's, which the spec lists only in part (SAM adds types the spec does not have).
 */
function checked(type) {
    return (type.startsWith('AWS::') || type.startsWith('Alexa::')) && !type.startsWith('AWS::Serverless::');
}
/**
 * A custom resource takes any property (its provider reads them); the CDK's metadata resource is
 * accepted by CloudFormation though no specification lists it.
 */
const ANY_PROPERTY = new Set(['AWS::CloudFormation::CustomResource', 'AWS::CDK::Metadata']);
/** Unknown resource types, and unknown top-level properties of known types, with "did you mean". */
function checkResourceTypes(t, closest) {
    const out = [];
    // A macro may define its own types and properties (it rewrites the template before CloudFormation
    // reads it): only SAM's and the language extensions' transforms leave the types as they are.
    const transform = (0,node/* get */.Jt)(t.root, 'Transform');
    const names = (0,node/* isSeq */.oP)(transform) ? transform.items.map(node/* str */.gx) : transform ? [(0,node/* str */.gx)(transform)] : [];
    if (names.some((n) => n !== 'AWS::LanguageExtensions' && !n?.startsWith('AWS::Serverless')))
        return out;
    for (const res of t.resources) {
        if (!checked(res.type) || ANY_PROPERTY.has(res.type))
            continue;
        const props = entryOf(res.type);
        if (!props) {
            const typeNode = res.node.pairs.find((p) => p.key.value === 'Type')?.value ?? res.idNode;
            const near = closest(res.type, allTypes());
            out.push({
                node: typeNode,
                message: `${res.type} is not a CloudFormation resource type in AWS's resource specification ${resourceSpecVersion}${near ? ` (did you mean ${near}?)` : ''}: resource ${res.id} is not analysed`,
            });
            continue;
        }
        if (!(0,node/* isMap */.jh)(res.properties))
            continue;
        for (const { key } of res.properties.pairs) {
            const name = String(key.value);
            if (props.set.has(name) || name.startsWith('Fn::'))
                continue;
            const near = closest(name, props.names);
            out.push({
                node: key,
                message: `${name} is not a property of ${res.type} in AWS's resource specification ${resourceSpecVersion}${near ? ` (did you mean ${near}?)` : ''}: it is not analysed, and CloudFormation refuses a property it does not know`,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/inputs/suggest.ts
var suggest = __webpack_require__(7443);
// EXTERNAL MODULE: ./src/policies/extract.ts + 7 modules
var extract = __webpack_require__(3067);
// EXTERNAL MODULE: ./src/rules/index.ts + 107 modules
var src_rules = __webpack_require__(866);
// EXTERNAL MODULE: ./src/findings/suppressions.ts + 1 modules
var suppressions = __webpack_require__(2182);
// EXTERNAL MODULE: ./src/engines/suppression-stage.ts
var suppression_stage = __webpack_require__(9679);
// EXTERNAL MODULE: ./src/findings/finding.ts
var finding = __webpack_require__(4879);
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
// EXTERNAL MODULE: ./src/rules/utils/properties.ts
var properties = __webpack_require__(9416);
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
    (0,properties/* forgetTemplate */.oM)();
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
    // A value that is a parameter's Default is changed in the parameter: the message says which.
    const found = model.resolver ? (0,resolve/* defaultParameterOf */.aU)(model.resolver, r.node) : undefined;
    const message = (0,types/* messageOf */.bD)(rule.meta, r);
    // A message that already names the parameter (hardcoded-secret's) says where the value comes from.
    const param = found && !message.includes(found) ? found : undefined;
    return (0,finding/* makeFinding */.M)({
        rule: rule.meta,
        file: model.file,
        at: { source: model.source, node: r.node },
        message: param
            ? `${message.replace(/\.$/, '')}: the value is the Default of parameter \`${param}\`; change that Default (or constrain it with AllowedValues or AllowedPattern), or pass a value at deploy time.`
            : message,
        severity: r.severity,
        resource: r.resource?.id ?? r.policy?.resource?.id ?? null,
        policy: r.policy?.path ?? null,
        key: r.key,
        fix: r.fix,
    });
}

// EXTERNAL MODULE: ./src/engines/construct-paths.ts + 1 modules
var construct_paths = __webpack_require__(5513);
;// CONCATENATED MODULE: ./src/template/branches.ts
/**
 * The branches of a template: a resource behind a `Condition`, or a value behind `Fn::If`, exists
 * in some deployments and not in others. The parameter Defaults (and an assumed region) pick one
 * branch; the other is analysed too, by taking each condition the resources use as the value it
 * does not have by default (both values when it cannot be known offline). A finding that holds in
 * one branch only says so ("when condition IsProd is false").
 */


/**
 * Branches looked at per template, in the order the resources use their conditions. Each costs
 * one more run of the rules over the file (a condition unknown offline takes two); templates of
 * samples use a handful, and a template with dozens keeps its first ones.
 */
const MAX_BRANCHES = 8;
/** The conditions the resources use: `Condition:` of a resource, and the first argument of `Fn::If`. */
function usedConditions(template) {
    const out = new Set();
    const walk = (n, depth) => {
        if (!n || depth > 64)
            return;
        if ((0,node/* isMap */.jh)(n)) {
            for (const { key, value } of n.pairs) {
                if (key.value === 'Fn::If' && (0,node/* isSeq */.oP)(value)) {
                    const c = (0,node/* str */.gx)(value.items[0]);
                    if (c)
                        out.add(c);
                }
                walk(value, depth + 1);
            }
        }
        else if ((0,node/* isSeq */.oP)(n))
            for (const i of n.items)
                walk(i, depth + 1);
    };
    for (const r of template.resources) {
        if (r.condition)
            out.add(r.condition);
        walk(r.node, 0);
    }
    return [...out].filter((c) => template.conditions.has(c));
}
/**
 * Whether a condition can differ between deployments: its definition refers (directly or through
 * other conditions) to a parameter or a pseudo parameter such as `AWS::Region`. `!Equals [a, b]`
 * is false in every deployment, and has no other branch.
 */
function varies(template, condition, seen = new Set()) {
    if (seen.has(condition))
        return false;
    seen.add(condition);
    const refers = (n, depth) => {
        if (!n || depth > 64)
            return false;
        if ((0,node/* isMap */.jh)(n)) {
            return n.pairs.some(({ key, value }) => {
                if (key.value === 'Ref')
                    return true;
                if (key.value === 'Condition') {
                    const c = (0,node/* str */.gx)(value);
                    return c !== undefined && varies(template, c, seen);
                }
                return refers(value, depth + 1);
            });
        }
        return (0,node/* isSeq */.oP)(n) && n.items.some((i) => refers(i, depth + 1));
    };
    return refers(template.conditions.get(condition), 0);
}
/** The branches other than the Defaults' one, one per condition and value, bounded. */
function otherBranches(template, resolver) {
    const out = [];
    const conditions = usedConditions(template).filter((c) => varies(template, c));
    for (const condition of conditions) {
        if (out.length >= MAX_BRANCHES)
            break;
        const v = resolver.condition(condition, 0);
        if ((0,values/* isUnknown */.t8)(v)) {
            out.push({ condition, value: true, otherwise: 'unknown' }, { condition, value: false, otherwise: 'unknown' });
        }
        else
            out.push({ condition, value: !v, otherwise: v });
    }
    return out.slice(0, MAX_BRANCHES);
}
/** "when condition IsProd is false": appended to a finding that holds only in that branch. */
const whenBranch = (b) => `when condition ${b.condition} is ${b.value}`;

;// CONCATENATED MODULE: ./src/engines/branch-findings.ts




const withWhen = (message, when) => `${message.replace(/\.$/, '')} (${when.join(' and ')}).`;
/**
 * The findings of the other branches, and the Defaults' findings (`base`, changed in place) told
 * when they hold. Returns the findings to add.
 */
function branchFindings(model, base, options, rules) {
    const template = model.template;
    if (!template?.conditions.size)
        return [];
    const known = new Set(base.map((f) => f.fingerprint));
    const added = new Map();
    const onlyDefault = new Map();
    for (const b of otherBranches(template, model.resolver)) {
        const resolver = new resolve/* Resolver */.xR(template, { ...options, conditions: { [b.condition]: b.value } });
        const { policies, managed } = (0,extract/* extractFromTemplate */.YR)(model.file, template, resolver);
        const { findings } = runRules({ ...model, resolver, policies, managed }, rules);
        const here = new Set();
        for (const f of findings) {
            if (f.internal)
                continue;
            here.add(f.fingerprint);
            if (known.has(f.fingerprint))
                continue;
            const seen = added.get(f.fingerprint);
            if (seen)
                seen.when.push(whenBranch(b));
            else
                added.set(f.fingerprint, { finding: f, when: [whenBranch(b)] });
        }
        if (b.otherwise === 'unknown')
            continue;
        for (const f of base) {
            if (f.internal || here.has(f.fingerprint))
                continue;
            const when = onlyDefault.get(f) ?? [];
            when.push(whenBranch({ condition: b.condition, value: b.otherwise }));
            onlyDefault.set(f, when);
        }
    }
    for (const [f, when] of onlyDefault)
        f.message = withWhen(f.message, when);
    // Found in several branches of one condition (both values of an unknown one): it holds in each.
    return [...added.values()].map(({ finding, when }) => ({
        ...finding,
        message: when.length > 1 && new Set(when.map((w) => w.split(' is ')[0])).size === 1
            ? finding.message
            : withWhen(finding.message, when.length > 1 ? [when.join(' or ')] : when),
    }));
}

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
            messageId: 'syntax',
            data: { problem: e.message },
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
    const { policies, managed, notAnalysed } = template
        ? (0,extract/* extractFromTemplate */.YR)(file, template, resolver, source.text)
        : { policies: [(0,extract/* extractFromPolicyFile */.QM)(file, root, resolver)], managed: [], notAnalysed: [] };
    const model = { file, source, template, resolver, policies, managed };
    const { findings } = runRules(model, rules);
    if (template) {
        for (const f of branchFindings(model, findings, options, rules))
            findings.push(f);
        (0,construct_paths/* withConstructPaths */.g)(findings, template);
    }
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
    for (const n of notAnalysed) {
        warnings.push({
            file,
            line: source.position(n.node.start).line,
            message: `not analysed: the policy in ${n.resource.id}.${n.path}: ${n.reason}`,
        });
    }
    if (template) {
        for (const p of checkResourceTypes(template, suggest/* closest */.k))
            warnings.push({ file, line: source.position(p.node.start).line, message: p.message });
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
/* harmony import */ var _findings_suppressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2182);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(866);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3182);
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
            findings.push(about(d, 'suppression-without-reason', 'noReason'));
        if (!isUsed && judged(d, off, s.accessAnalyzerRan))
            findings.push(about(d, 'suppression-unused', 'unused'));
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
function about(d, ruleId, messageId) {
    const where = d.kind === 'comment' ? 'comment' : d.kind === 'metadata' ? `Metadata of ${d.resource}` : 'config entry';
    const { meta } = _rules_index_js__WEBPACK_IMPORTED_MODULE_2__.ruleById.get(ruleId);
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .makeFinding */ .M)({
        rule: meta,
        file: d.file,
        at: { range: d.at, path: d.path },
        message: (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(meta, { messageId, data: { suppressed: d.written, where } }),
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
        // Written out, not spread: a spread copies through a slow path, once per finding.
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn,
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
const helpUris = new Map();
/** One string per rule, not one per finding: the findings' strings are pooled, and a new copy must be hashed to be found. */
function helpUri(ruleId) {
    let uri = helpUris.get(ruleId);
    if (uri === undefined)
        helpUris.set(ruleId, (uri = `${DOCS_BASE}${ruleId}.md`));
    return uri;
}
// The one-shot hash: a Hash object per finding was a visible share of a large scan.
function fingerprint(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', parts.map((p) => p ?? '').join('\u0000'), 'hex').slice(0, 32);
}
function locate(source, node) {
    return source.range(node.start, node.end);
}



/***/ }),

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zh: () => (/* binding */ applyDirectives),
  cx: () => (/* binding */ configDirective),
  fz: () => (/* binding */ fileDirectives)
});

// UNUSED EXPORTS: SUPPRESSION_RULES, parseIgnoreComment

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/parse/node.ts
var parse_node = __webpack_require__(2275);
;// CONCATENATED MODULE: ./src/findings/guard-rules.ts
/**
 * AWS Guard Rules Registry rule names → PolicyGate rule ids, for `Metadata: guard:
 * SuppressedRules: [...]` (how cfn-guard's registry rules are suppressed on a resource). A Guard
 * suppression covers our rules that check the same thing on the same resource; names with no
 * counterpart here (backups, deletion protection, WAF, …) cover nothing and are not judged.
 * The registry: https://github.com/aws-cloudformation/aws-guard-rules-registry (rules/aws/*,
 * each rule's name is its file name upper-cased). Documented in docs/suppressions.md.
 */
const TABLE = {
    // S3
    S3_BUCKET_LOGGING_ENABLED: ['s3-no-access-logging'],
    S3_BUCKET_SSL_REQUESTS_ONLY: ['s3-no-secure-transport'],
    S3_DEFAULT_ENCRYPTION_KMS: ['s3-encryption-not-kms'],
    S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED: ['s3-encryption-not-kms'],
    S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED: ['s3-public-access-block'],
    S3_BUCKET_PUBLIC_READ_PROHIBITED: ['s3-public-access-block', 's3-public-acl'],
    S3_BUCKET_PUBLIC_WRITE_PROHIBITED: ['s3-public-access-block', 's3-public-acl'],
    S3_BUCKET_PUBLIC_READ_ACL: ['s3-public-acl'],
    S3_BUCKET_PUBLIC_RW_ACL: ['s3-public-acl'],
    S3_BUCKET_NO_PUBLIC_RW_ACL: ['s3-public-acl'],
    S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL: ['resource-policy-public'],
    S3_BUCKET_POLICY_NO_WILDCARD_ACTION: ['resource-policy-wildcard-action'],
    S3_BUCKET_POLICY_NO_ALLOW_PLUS_NOT_ACTION: ['iam-not-action'],
    S3_BUCKETPOLICY_NO_ALLOW_PLUS_NOTPRINCIPAL: ['policy-not-principal'],
    // SNS and SQS
    SNS_ENCRYPTED_KMS: ['sns-unencrypted'],
    SNS_TOPICPOLICY_NO_WILDCARD_PRINCIPAL: ['resource-policy-public'],
    SNS_TOPICPOLICY_NO_ALLOW_PLUS_NOT_ACTION: ['iam-not-action'],
    SNS_TOPICPOLICY_NO_ALLOW_PLUS_NOTPRINCIPAL: ['policy-not-principal'],
    SQS_QUEUE_KMS_MASTER_KEY_ID_RULE: ['sqs-unencrypted'],
    SQS_QUEUEPOLICY_NO_WILDCARD_PRINCIPAL: ['resource-policy-public'],
    SQS_QUEUEPOLICY_NO_WILDCARD_ACTION: ['resource-policy-wildcard-action'],
    SQS_QUEUEPOLICY_NO_ALLOW_PLUS_NOT_ACTION: ['iam-not-action'],
    SQS_QUEUEPOLICY_NO_ALLOW_PLUS_NOTPRINCIPAL: ['policy-not-principal'],
    // EC2 and VPC
    RESTRICTED_SSH: ['sg-open-admin-port'],
    INCOMING_SSH_DISABLED: ['sg-open-admin-port'],
    RESTRICTED_COMMON_PORTS: ['sg-open-admin-port', 'sg-open-database-port'],
    EC2_SECURITY_GROUP_INGRESS_OPEN_TO_WORLD_RULE: ['sg-open-ingress'],
    SECURITY_GROUP_INGRESS_ALL_PROTOCOLS_RULE: ['sg-open-all-ports'],
    VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS: ['sg-open-ingress'],
    EC2_NETWORK_ACL_PROTOCOL_RULE: ['nacl-allow-all'],
    EC2_NETWORK_ACL_PORT_RANGE_RULE: ['nacl-allow-all'],
    ENCRYPTED_VOLUMES: ['ebs-unencrypted'],
    EBS_VOLUME_ENCRYPTION_KEY_RULE: ['kms-cmk-not-used'],
    EC2_INSTANCE_NO_PUBLIC_IP: ['ec2-public-ip'],
    AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED: ['ec2-public-ip'],
    SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED: ['subnet-auto-public-ip'],
    EC2_IMDSV2_CHECK: ['imdsv2-not-required'],
    VPC_FLOW_LOGS_ENABLED: ['vpc-no-flow-logs'],
    // Storage, databases, analytics
    EFS_ENCRYPTED_CHECK: ['efs-unencrypted'],
    EKS_CLUSTER_ENCRYPTION_RULE: ['eks-secrets-unencrypted'],
    EMR_SECURITY_CONFIG_ENABLED_AND_CONFIGURED_RULE: ['emr-unencrypted'],
    RDS_STORAGE_ENCRYPTED: ['rds-unencrypted'],
    RDS_INSTANCE_PUBLIC_ACCESS_CHECK: ['rds-public'],
    REDSHIFT_CLUSTER_CONFIGURATION_CHECK: ['redshift-unencrypted'],
    REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK: ['service-publicly-accessible'],
    DMS_REPLICATION_NOT_PUBLIC: ['service-publicly-accessible'],
    DAX_ENCRYPTION_ENABLED: ['dax-unencrypted'],
    DYNAMODB_TABLE_ENCRYPTED_KMS: ['kms-cmk-not-used'],
    ELASTICACHE_REPLICATION_GROUP_ENCRYPTION_AT_REST: ['elasticache-unencrypted'],
    ELASTICACHE_REPLICATION_GROUP_TRANSIT_ENCRYPTION: ['transit-encryption-disabled'],
    OPENSEARCH_ENCRYPTED_AT_REST: ['opensearch-unencrypted'],
    ELASTICSEARCH_ENCRYPTED_AT_REST: ['opensearch-unencrypted'],
    OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK: ['transit-encryption-disabled'],
    ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK: ['transit-encryption-disabled'],
    KINESIS_STREAM_ENCRYPTION_RULE: ['stream-unencrypted'],
    KINESIS_FIREHOSE_DELIVERY_STREAM_ENCRYPTION_RULE: ['stream-unencrypted'],
    WORKSPACE_ENCRYPTION_ENABLED: ['workspaces-unencrypted'],
    DLM_LIFECYCLE_POLICY_CROSS_REGION_ENCRYPTION_RULE: ['dlm-copy-unencrypted'],
    SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS: ['sagemaker-notebook-direct-internet'],
    SAGEMAKER_NOTEBOOK_INSTANCE_KMS_KEY_CONFIGURED: ['kms-cmk-not-used'],
    SAGEMAKER_ENDPOINT_CONFIGURATION_KMS_KEY_CONFIGURED: ['kms-cmk-not-used'],
    AMAZON_MQ_BROKER_ENCRYPTION_OPTIONS_RULE: ['kms-cmk-not-used'],
    CLOUDWATCH_LOG_GROUP_ENCRYPTED: ['kms-cmk-not-used'],
    SECRETSMANAGER_USING_CMK: ['kms-cmk-not-used'],
    CODEBUILD_ENCRYPTION_KEY_RULE: ['kms-cmk-not-used'],
    CMK_BACKING_KEY_ROTATION_ENABLED: ['kms-rotation-disabled'],
    KMS_NO_WILDCARD_PRINCIPAL: ['resource-policy-public', 'kms-key-policy-too-broad'],
    // Secrets written in the template
    AMAZON_MQ_BROKER_USERS_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    RDS_CLUSTER_MASTER_USER_PASSWORD_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    RDS_MASTER_USER_PASSWORD_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    REDSHIFT_CLUSTER_MASTER_USER_PASSWORD_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    DMS_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    MICROSOFT_AD_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    IAM_USER_LOGIN_PROFILE_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    KINESIS_FIREHOSE_REDSHIFT_DESTINATION_CONFIGURATION_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    KINESIS_FIREHOSE_SPLUNK_DESTINATION_CONFIGURATION_NO_PLAINTEXT_PASSWORD: ['hardcoded-secret'],
    CODEBUILD_PROJECT_ENVVAR_AWSCRED_CHECK: ['hardcoded-secret'],
    // API Gateway, CloudFront, load balancers
    API_GW_CACHE_ENABLED_AND_ENCRYPTED: ['apigateway-cache-unencrypted'],
    API_GW_METHOD_AUTHORIZATION_TYPE_RULE: ['apigateway-method-no-auth'],
    API_GW_STAGE_ACCESS_LOGGING_RULE: ['apigateway-no-access-logging'],
    API_GWV2_ACCESS_LOGS_ENABLED: ['apigateway-no-access-logging'],
    API_GW_DOMAIN_DENY_NON_TLS_TRAFFIC: ['apigateway-outdated-tls'],
    CLOUDFRONT_ACCESSLOGS_ENABLED: ['cloudfront-no-access-logging'],
    CLOUDFRONT_MINIMUM_PROTOCOL_VERSION_RULE: ['cloudfront-outdated-tls'],
    CLOUDFRONT_VIEWER_POLICY_HTTPS: ['cloudfront-allows-http'],
    ELB_LOGGING_ENABLED: ['lb-no-access-logging'],
    ELBV2_ACCESS_LOGGING_RULE: ['lb-no-access-logging'],
    ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK: ['elb-outdated-tls-policy'],
    ELBV2_LISTENER_SSL_POLICY_RULE: ['elb-outdated-tls-policy'],
    ELB_TLS_HTTPS_LISTENERS_ONLY: ['elb-http-listener'],
    ELBV2_LISTENER_PROTOCOL_RULE: ['elb-http-listener'],
    ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK: ['elb-http-listener'],
    // Logging and identity
    CLOUD_TRAIL_ENABLED: ['cloudtrail-logging-off'],
    CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED: ['cloudtrail-no-cloudwatch'],
    CLOUD_TRAIL_ENCRYPTION_ENABLED: ['cloudtrail-not-encrypted'],
    CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED: ['cloudtrail-no-log-validation'],
    MULTI_REGION_CLOUD_TRAIL_ENABLED: ['cloudtrail-not-multi-region'],
    COGNITO_ALLOW_UNAUTHENTICATED_IDENTITIES_RULE: ['cognito-unauthenticated-access'],
    COGNITO_USER_POOL_MFA_CONFIGURATION_RULE: ['cognito-mfa-disabled'],
    // IAM and Lambda
    IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS: ['iam-admin-access'],
    IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS: ['iam-wildcard-action'],
    IAM_MANAGEDPOLICY_NO_STATEMENTS_WITH_FULL_ACCESS: ['iam-wildcard-action'],
    IAM_ROLE_NO_WILDCARD_ACTIONS_ON_PERMISSIONS: ['iam-wildcard-action'],
    IAM_POLICYDOCUMENT_NO_WILDCARD_RESOURCE: ['iam-wildcard-resource'],
    IAM_POLICY_NO_WILDCARD_RESOURCE_ON_PASSROLE: ['iam-passrole-wildcard'],
    IAM_ROLE_NO_WILDCARD_RESOURCE_ON_PASSROLE: ['iam-passrole-wildcard'],
    IAM_ROLE_ADMINISTRATOR_ACCESS_POLICY_RULE: ['iam-managed-admin-policy'],
    IAM_ROLE_ELEVATED_MANAGED_POLICY_RULE: ['iam-managed-admin-policy'],
    IAM_ROLE_NO_FULL_ACCESS_ON_TRUST_POLICY: ['trust-wildcard-action'],
    IAM_ROLE_OR_POLICY_NO_ALLOW_PLUS_NOT_ACTION: ['iam-not-action'],
    IAM_ROLE_NO_ALLOW_PLUS_NOT_ACTION_ON_TRUST_POLICY: ['iam-not-action'],
    IAM_ROLE_OR_POLICY_NO_ALLOW_PLUS_NOT_RESOURCE: ['iam-not-resource'],
    IAM_ROLE_NO_ALLOW_PLUS_NOT_PRINCIPAL: ['policy-not-principal'],
    IAM_NO_POLICY_ON_USER: ['iam-user-direct-policy'],
    IAM_USER_NO_POLICIES_CHECK: ['iam-user-direct-policy'],
    IAM_USER_MISSING_GROUP_RULE: ['iam-user-not-in-group'],
    LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED: ['lambda-permission-public'],
    LAMBDA_NO_WILDCARD_PRINCIPAL: ['lambda-permission-public'],
    LAMBDA_PERMISSION_INVOKE_FUNCTION_ACTION: ['lambda-permission-broad-action'],
};
/** Guard rule name (case as written in the registry) → our rule ids; empty for names we do not check. */
const GUARD_RULES = new Map(Object.entries(TABLE));

;// CONCATENATED MODULE: ./src/findings/suppressions.ts
/**
 * Suppressions, a stage after the rules (as ESLint's disable directives): YAML comments
 * (`# policygate-ignore RULE[,RULE] -- reason`) on a finding's line or the line above, resource
 * Metadata (`policygate.ignore`, and the peers' `cfn_nag.rules_to_suppress`, `checkov.skip`,
 * `cdk_nag.rules_to_suppress` through the ids in rules.md, and cfn-guard's
 * `guard.SuppressedRules` through the Guard Rules Registry table in guard-rules.ts), and config
 * `ignore:` entries. A
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
        if (!(0,parse_node/* isMap */.jh)(meta))
            continue;
        const add = (entries, idKey, reasonKey, peer) => {
            if (!(0,parse_node/* isSeq */.oP)(entries))
                return;
            for (const e of entries.items) {
                const raw = (0,parse_node/* isMap */.jh)(e) ? (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(e, idKey)) : (0,parse_node/* str */.gx)(e);
                if (!raw)
                    continue;
                const reason = ((0,parse_node/* isMap */.jh)(e) ? (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(e, reasonKey)) : undefined) ?? '';
                const rules = peer ? (aliases.get(`${peer}:${raw}`) ?? []) : [raw];
                out.push({
                    kind: 'metadata',
                    file,
                    rules,
                    written: peer ? `${peer} ${raw}` : raw,
                    reason,
                    at: source.range(e.start, e.end),
                    path: (0,parse_node/* pathOf */.XM)(e),
                    resource: res.id,
                    peer: Boolean(peer),
                });
            }
        };
        add((0,parse_node/* get */.Jt)((0,parse_node/* get */.Jt)(meta, 'policygate'), 'ignore'), 'rule', 'reason', undefined);
        add((0,parse_node/* get */.Jt)((0,parse_node/* get */.Jt)(meta, 'cfn_nag'), 'rules_to_suppress'), 'id', 'reason', 'cfn_nag');
        add((0,parse_node/* get */.Jt)((0,parse_node/* get */.Jt)(meta, 'checkov'), 'skip'), 'id', 'comment', 'checkov');
        add((0,parse_node/* get */.Jt)((0,parse_node/* get */.Jt)(meta, 'cdk_nag'), 'rules_to_suppress'), 'id', 'reason', 'cdk_nag');
        // cfn-guard: a list of rule names, with one optional `Reason` for them all.
        const guard = (0,parse_node/* get */.Jt)(meta, 'guard');
        const suppressed = (0,parse_node/* get */.Jt)(guard, 'SuppressedRules');
        if ((0,parse_node/* isSeq */.oP)(suppressed)) {
            const reason = (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(guard, 'Reason')) ?? '';
            for (const e of suppressed.items) {
                // Some CDK helpers write `{id, reason}` entries, as for cfn_nag.
                const raw = (0,parse_node/* isMap */.jh)(e) ? (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(e, 'id')) : (0,parse_node/* str */.gx)(e);
                if (!raw)
                    continue;
                out.push({
                    kind: 'metadata',
                    file,
                    rules: [...(GUARD_RULES.get(raw) ?? [])],
                    written: `guard ${raw}`,
                    reason: ((0,parse_node/* isMap */.jh)(e) ? (0,parse_node/* str */.gx)((0,parse_node/* get */.Jt)(e, 'reason')) : undefined) ?? reason,
                    at: source.range(e.start, e.end),
                    path: (0,parse_node/* pathOf */.XM)(e),
                    resource: res.id,
                    peer: true,
                });
            }
        }
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
        path: (0,parse_node/* pathOf */.XM)(node),
        resource: entry.resource,
        glob: entry.path,
        peer: false,
    };
}
const globs = new Map();
const matcher = (glob) => {
    let m = globs.get(glob);
    if (!m)
        globs.set(glob, (m = picomatch_default()(glob, { dot: true })));
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

/***/ 7443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var leven__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7785);
/**
 * "Did you mean …?" for a mistyped flag, key, rule id or value. Levenshtein distance comes from
 * `leven` (bundled): a close name is one within a quarter of its length (at least one edit), a
 * swap of letters counting as one, so `fail_on` finds `fail-on`, `reveiw` finds `review` and
 * `sg-open-admin-prot` finds `sg-open-admin-port`, while `severe` does not find `never`: an
 * unrelated word finds nothing rather than a misleading guess.
 */

function closest(given, known) {
    const g = given.toLowerCase();
    const accepted = Math.max(1, Math.floor(given.length / 4));
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        // Separators are the commonest slip (`fail_on`, `failOn`): compare without them first.
        if (flat(k) === flat(g))
            [best, bestDistance] = bestDistance > 0.5 ? [k, 0.5] : [best, bestDistance];
        // The distance is at least the difference in length: a name that far off cannot be accepted,
        // and skipping it spares a Levenshtein against each of 1,831 resource types.
        else if (Math.abs(k.length - g.length) <= accepted) {
            const d = anagram(g, k.toLowerCase()) ? 1 : (0,leven__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(g, k.toLowerCase());
            if (d < bestDistance)
                [best, bestDistance] = [k, d];
        }
    }
    return best !== undefined && bestDistance <= accepted ? best : undefined;
}
/** The same letters in another order (`hgih`, `high`): a slip of the fingers, not another word. */
const anagram = (a, b) => a.length === b.length && a !== b && [...a].sort().join('') === [...b].sort().join('');
const flat = (s) => s.toLowerCase().replace(/[-_\s]/g, '');
/** `; did you mean "X"?` when there is a close one, else ''. */
function didYouMean(given, known, quote = (s) => `"${s}"`) {
    const c = closest(given, known);
    return c === undefined ? '' : `; did you mean ${quote(c)}?`;
}


/***/ }),

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.I),
/* harmony export */   r4: () => (/* binding */ parseText)
/* harmony export */ });
/* unused harmony export formatOf */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3226);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1017);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8852);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6056);
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
    const source = new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceText */ .D(raw);
    const format = formatOf(path, raw);
    if (format === 'json')
        return { source, format, root: (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(source.text), documents: 1 };
    const { root, documents, extraDocument } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(source.text);
    return { source, format, root, documents, extraDocument };
}



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
/**
 * The CST's nesting, document order; throws at the first token past the limit. Recursion is safe
 * here: it stops one level past MAX_NESTING, whatever the file holds. (An explicit stack of
 * [token, depth] pairs cost 2% of a scan's CPU in allocations alone.)
 */
function checkNesting(t, depth = 0) {
    if (depth > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NESTING */ .M)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I((0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .nestingMessage */ .c)(), 'offset' in t ? t.offset : 0);
    if (t.type === 'document') {
        if (t.value)
            checkNesting(t.value, depth);
        return;
    }
    const items = t.items;
    if (!Array.isArray(items))
        return;
    for (const item of items) {
        if (item.key)
            checkNesting(item.key, depth + 1);
        if (item.value)
            checkNesting(item.value, depth + 1);
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
        const map = (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .mapNode */ .zR)(start, end, []);
        for (const pair of y.items) {
            const k = pair.key;
            const keyNode = k && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k) ? (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarNode */ .Hf)(k.range[0], k.range[1], keyString(k, text)) : (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarNode */ .Hf)(start, start, '');
            if (k && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I('a mapping key must be a plain value', k.range?.[0] ?? start);
            const v = pair.value;
            const value = v
                ? convert(v, doc, text, budget, depth + 1, via)
                : (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarNode */ .Hf)(keyNode.end, keyNode.end, null);
            map.pairs.push((0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .pairOf */ .cF)(keyNode, value));
        }
        node = map;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(y)) {
        node = (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .seqNode */ .gB)(start, end, y.items.map((i) => convert(i, doc, text, budget, depth + 1, via)));
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(y)) {
        let value = y.value;
        // An unquoted 012345678901 is an account id, not the number 12345678901.
        if (typeof value === 'number' && y.type === 'PLAIN' && /^[-+]?0\d/.test(text.slice(start, end))) {
            value = text.slice(start, end);
        }
        node = (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarNode */ .Hf)(start, end, normaliseScalar(value));
    }
    else {
        node = (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarNode */ .Hf)(start, end, null);
    }
    const tag = y.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
        const long = LONG_FORM[tag] ?? (RAIN_TAG.test(tag) ? tag.slice(1) : undefined);
        if (!long)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseFailure */ .I(`unknown tag ${tag}`, start);
        // The intrinsic starts at its tag (`!Sub …`), which the library's range leaves out.
        const at = text.lastIndexOf(tag, start);
        const tagStart = at >= 0 && !text.slice(at, start).includes('\n') ? at : start;
        const tagKey = (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarNode */ .Hf)(tagStart, tagStart + tag.length, long);
        return (0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .mapNode */ .zR)(tagStart, end, [(0,_node_js__WEBPACK_IMPORTED_MODULE_2__/* .pairOf */ .cF)(tagKey, node)]);
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

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanFile: () => (/* binding */ scanFile)
/* harmony export */ });
/* harmony import */ var _files_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _files_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9823);
/* harmony import */ var _engines_analyse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3579);
/* harmony import */ var _nested_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3158);
/* harmony import */ var _iam_catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2529);





function scanFile(c, ctx, rules, use) {
    (0,_iam_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .configureCatalogue */ .QR)(ctx.catalogue);
    const readWarnings = [];
    const disk = (0,_files_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readCandidate */ .G9)(c, readWarnings);
    const text = disk !== undefined && ctx.readAt ? ((0,_files_git_js__WEBPACK_IMPORTED_MODULE_0__/* .readAtRef */ .Bg)(ctx.cwd, ctx.readAt, c.rel) ?? disk) : disk;
    if (text === undefined)
        return { readWarnings, mayNest: false };
    const mentionsStacks = _nested_js__WEBPACK_IMPORTED_MODULE_3__/* .MAY_NEST */ .L.test(text);
    // The main thread reads it again, with its own warnings.
    if (use === 'worker' && mentionsStacks)
        return { readWarnings: [], mayNest: true, deferred: true };
    const result = (0,_engines_analyse_js__WEBPACK_IMPORTED_MODULE_2__/* .analyseText */ .F)(c.rel, text, ctx.options, rules);
    const mayNest = mentionsStacks && result.model?.template !== undefined;
    if (use === 'keep' || (use === 'nesting' && mayNest))
        return { readWarnings, result, mayNest };
    delete result.model;
    return { readWarnings, result, mayNest };
}


/***/ }),

/***/ 3158:
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
// EXTERNAL MODULE: ./src/files/read.ts
var read = __webpack_require__(9823);
// EXTERNAL MODULE: ./src/engines/analyse.ts + 7 modules
var analyse = __webpack_require__(3579);
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

;// CONCATENATED MODULE: ./src/scan/nested.ts
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
    unreadable = new Map();
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
                const why = this.unreadable.get(child.rel) ?? 'was not found';
                this.warn(parent, child, `nested stack ${child.resource.id}: its template ${child.path} ${why === 'was not found' ? why : `is not read: ${why}`}`);
                continue;
            }
            if (!this.done.has(child.rel))
                await this.analyseAlone(child.rel, text);
            if (!Object.keys(child.parameters).length || ++this.analyses > MAX_PAIR_ANALYSES)
                continue;
            const withParent = (0,analyse/* analyseText */.F)(child.rel, text, { ...this.s.opts, parameters: { ...pseudo(this.s.opts.parameters), ...child.parameters } }, this.s.rules);
            this.shareSecrets(child.rel, [...(this.s.secrets?.get(parent.file) ?? []), ...(withParent.secrets ?? [])]);
            this.addParentFindings(withParent, parent.file, child.resource.id);
            if (withParent.model)
                await this.children(withParent.model, [...chain, child.rel], depth + 1);
        }
    }
    shareSecrets(file, values) {
        if (!this.s.secrets || !values.length)
            return;
        const set = this.s.secrets.get(file) ?? new Set();
        for (const v of values)
            set.add(v);
        this.s.secrets.set(file, set);
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
        // Loops, not push(...list): a spread of a long list overflows the argument stack.
        for (const f of added)
            if (!seen.has(f.fingerprint))
                result.findings.push(f);
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
        for (const f of r.findings)
            result.findings.push(f);
        for (const w of r.warnings)
            result.warnings.push(w);
        for (const p of r.partial)
            result.partial.push(p);
        for (const d of r.directives)
            this.s.directives.push(d);
        this.shareSecrets(rel, r.secrets ?? []);
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
    /**
     * The file's text (at the pull request's head when the scan reads there), or undefined, through
     * the one reader every scanned file goes through (size cap, UTF-16, never a FIFO); why it gave
     * nothing is kept for the warning.
     */
    async read(rel) {
        const { cwd } = this.s.opts;
        const atRef = this.s.readAt ? (0,git/* readAtRef */.Bg)(cwd, this.s.readAt, rel) : undefined;
        if (atRef !== undefined)
            return atRef;
        const abs = external_node_path_default().join(cwd, rel);
        const warnings = [];
        const text = (0,external_node_fs_.existsSync)(abs) ? (0,read/* readCandidate */.G9)({ abs, rel }, warnings) : undefined;
        if (text === undefined)
            this.unreadable.set(rel, warnings[0]?.message ?? 'was not found');
        return text;
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


/***/ })

};
