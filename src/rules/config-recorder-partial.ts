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
      let message: string;
      if (partial)
        message = listed
          ? `${r.res.id} records only the ${listed} resource type${listed > 1 ? 's' : ''} it lists, not all supported resource types.`
          : `${r.res.id} does not record all supported resource types.`;
      else if (global !== true) message = `${r.res.id} does not record global resource types (IAM).`;
      else continue;
      ctx.report({ node: group ? at(r, 'RecordingGroup') : at(r), resource: r.res, message });
    }
  },
});
