import { defineRule } from './types.js';
import { at, bool, created, prop, string } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'config-recorder-partial',
    severity: 'medium',
    title: 'AWS Config records only some resource types',
    why: 'A configuration recorder that does not record all supported resource types, including global ones such as IAM roles and policies, leaves gaps in the configuration history that investigations and compliance rules depend on: a change to an unrecorded type leaves no trace.',
    fix: 'Set `RecordingGroup: {AllSupported: true, IncludeGlobalResourceTypes: true}` in the region that records global resources.',
    family: 'logging',
    messages: {
      listedType: '{{id}} records only the 1 resource type it lists, not all supported resource types.',
      listedTypes: '{{id}} records only the {{count}} resource types it lists, not all supported resource types.',
      notAllTypes: '{{id}} does not record all supported resource types.',
      noGlobalTypes: '{{id}} does not record global resource types (IAM).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::Config::ConfigurationRecorder')) {
      const group = prop(ctx, r.props, 'RecordingGroup');
      const all = bool(ctx, prop(ctx, group, 'AllSupported'));
      const global = bool(ctx, prop(ctx, group, 'IncludeGlobalResourceTypes'));
      const strategy = string(ctx, prop(ctx, group, 'RecordingStrategy', 'UseOnly'));
      if (all === 'unknown' || global === 'unknown' || strategy === 'unknown') continue;
      const partial = all === false || (strategy !== undefined && strategy !== 'ALL_SUPPORTED_RESOURCE_TYPES');
      // A recorder of listed types records the global ones it lists: say only what is true of it.
      const listed = ctx.resolver.items(prop(ctx, group, 'ResourceTypes')).length;
      let messageId: 'listedType' | 'listedTypes' | 'notAllTypes' | 'noGlobalTypes';
      if (partial) messageId = listed ? (listed > 1 ? 'listedTypes' : 'listedType') : 'notAllTypes';
      else if (global !== true) messageId = 'noGlobalTypes';
      else continue;
      const data = { id: r.res.id, count: listed };
      ctx.report({ node: group ? at(r, 'RecordingGroup') : at(r), resource: r.res, messageId, data });
    }
  },
});
