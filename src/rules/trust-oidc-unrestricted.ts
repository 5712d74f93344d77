import { defineRule } from './types.js';
import type { Statement } from '../policies/types.js';
import { conditionEntries, known } from '../iam/semantics.js';
import { isUnknown } from '../template/values.js';

const GITHUB = 'token.actions.githubusercontent.com';

/** The OIDC provider's host from `arn:…:oidc-provider/HOST` or a bare host. */
function providerHost(value: string): string | undefined {
  const m = /:oidc-provider\/(.+)$/.exec(value);
  if (m) return m[1];
  if (value.includes(':saml-provider/')) return undefined;
  return /^[a-z0-9.-]+\.[a-z]{2,}(\/.*)?$/i.test(value) ? value : undefined;
}

/** Whether a GitHub `sub` pattern pins one repository (`repo:org/repo:…`, no wildcard in org/repo). */
function pinsRepository(sub: string): boolean {
  const m = /^repo:([^/:]+)\/([^:]+)(:.*)?$/.exec(sub);
  return Boolean(m && !/[*?]/.test(m[1]) && !/[*?]/.test(m[2]));
}

function missing(st: Statement, host: string | undefined): string[] {
  const entries = conditionEntries(st).filter((e) => !/Not/i.test(e.operator));
  const forKey = (suffix: string) =>
    entries.filter(
      (e) =>
        e.key.toLowerCase().endsWith(`:${suffix}`) && (!host || e.key.toLowerCase().startsWith(host.toLowerCase())),
    );
  const problems: string[] = [];
  const aud = forKey('aud');
  if (!aud.length || aud.every((e) => e.values.some((v) => v === '*'))) problems.push('an aud (audience) condition');
  if (host === 'cognito-identity.amazonaws.com') {
    if (!forKey('amr').length) problems.push('an amr condition');
    return problems;
  }
  const subs = forKey('sub').flatMap((e) => e.values);
  if (!subs.length) problems.push('a sub condition');
  else if (host === GITHUB && !subs.every((v) => isUnknown(v) || (typeof v === 'string' && pinsRepository(v)))) {
    problems.push('a sub condition that pins one repository (repo:ORG/REPO:…)');
  } else if (subs.some((v) => v === '*')) problems.push('a sub condition that is not a bare wildcard');
  return problems;
}

export default defineRule({
  meta: {
    id: 'trust-oidc-unrestricted',
    severity: 'high',
    title: 'Web-identity trust without audience and subject conditions',
    why: "A role that trusts an OIDC provider (GitHub Actions, an EKS cluster, Google, Cognito) without conditions on the token's `aud` and `sub` can be assumed with a token issued to anyone who uses that provider: for GitHub Actions, any workflow in any repository on github.com.",
    fix: 'Add `StringEquals: {HOST:aud: sts.amazonaws.com}` and a `sub` condition naming the repository (and branch or environment), e.g. `StringLike: {token.actions.githubusercontent.com:sub: repo:my-org/my-repo:ref:refs/heads/main}`.',
    family: 'trust',
    messages: {
      lacks: 'The web-identity trust of {{host}} lacks {{missing}}.',
      lacksUnknownHost: 'The web-identity trust of this provider lacks {{missing}}.',
    },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      for (const p of st.principal?.items ?? []) {
        if (p.type !== 'Federated') continue;
        const host = known(p) ? providerHost(p.value) : undefined;
        if (known(p) && !host) continue; // SAML, or not a web-identity provider
        if (isUnknown(st.conditions)) continue;
        const problems = missing(st, host);
        if (problems.length) {
          ctx.report({
            node: p.node,
            policy,
            ...(host
              ? { messageId: 'lacks', data: { host, missing: problems.join(' and ') } }
              : { messageId: 'lacksUnknownHost', data: { missing: problems.join(' and ') } }),
          });
        }
      }
    }
  },
});
