/**
 * The site's settings, read once from the environment at build time (never in the browser).
 * REPOSITORY_URL: the repository's https address; the GitHub workflow sets it from
 * `${{ github.server_url }}/${{ github.repository }}`. Unset, contribution links lead to
 * /contribuer/. REPOSITORY_BRANCH: the branch edits are proposed against (default `main`).
 */
import { parseRepository } from './lib/contribution/repository.ts';

export const config = {
  repository: parseRepository(process.env.REPOSITORY_URL, process.env.REPOSITORY_BRANCH),
};
