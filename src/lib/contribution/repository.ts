/**
 * Links from the site to the repository it is built from: edit a file, report a problem,
 * propose a new file. Without a configured repository, the links lead to /contribuer/, which
 * explains the same steps; nothing here invents an address.
 */
import { routes } from '../routes.ts';

export interface Repository {
  /** `https://github.com/organisation/depot`, without a trailing slash or `.git`. */
  url: string;
  branch: string;
}

/** The issue form of .github/ISSUE_TEMPLATE/ that « Signaler un problème » opens. */
export const ISSUE_TEMPLATE = 'signaler-une-erreur.yml';

/** Anchors of /contribuer/ that explain each step when no repository is configured. */
export const CONTRIBUER_ANCHORS = {
  edit: 'proposer-une-modification',
  report: 'signaler-un-probleme',
  experience: 'partager-une-experience',
} as const;

/** Reads the setting; a wrong value stops the build with a French message rather than making dead links. */
export function parseRepository(url: string | undefined, branch: string | undefined = undefined): Repository | undefined {
  const raw = url?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`REPOSITORY_URL invalide (« ${raw} ») : donnez l'adresse https du dépôt, de la forme https://github.com/organisation/depot.`);
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (parsed.protocol !== 'https:' || segments.length < 2 || parsed.search || parsed.hash) {
    throw new Error(`REPOSITORY_URL invalide (« ${raw} ») : donnez l'adresse https du dépôt, de la forme https://github.com/organisation/depot.`);
  }
  const cleanBranch = branch?.trim() || 'main';
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(cleanBranch)) throw new Error(`REPOSITORY_BRANCH invalide (« ${cleanBranch} »).`);
  return { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`, branch: cleanBranch };
}

/** Encodes each segment of a repository path, keeping the slashes. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function editUrl(repository: Repository, file: string): string {
  return `${repository.url}/edit/${encodePath(repository.branch)}/${encodePath(file)}`;
}

export interface IssueContext {
  /** The page's title, as readers see it. */
  title: string;
  /** Address of the page (absolute when the site's address is known). */
  page: string;
  /** The content file the page is made from. */
  file: string;
}

/** Opens the issue form with the title and the page already filled in. */
export function issueUrl(repository: Repository, context: IssueContext): string {
  const query = new URLSearchParams({
    template: ISSUE_TEMPLATE,
    title: `Erreur sur la page « ${context.title} »`,
    page: context.page,
    fichier: context.file,
  });
  return `${repository.url}/issues/new?${query}`;
}

/** A file of the repository as GitHub shows it (CONTRIBUTING.md, a licence). */
export function fileUrl(repository: Repository, path: string): string {
  return `${repository.url}/blob/${encodePath(repository.branch)}/${encodePath(path)}`;
}

/** The list of issue forms (signaler une erreur, proposer une fiche, partager une expérience). */
export function newIssueUrl(repository: Repository, template?: string): string {
  return template ? `${repository.url}/issues/new?${new URLSearchParams({ template })}` : `${repository.url}/issues/new/choose`;
}

/** GitHub's « new file » page with the path and the text filled in. */
export function newFileUrl(repository: Repository, path: string, value: string): string {
  const query = new URLSearchParams({ filename: path, value });
  return `${repository.url}/new/${encodePath(repository.branch)}?${query}`;
}

export interface ContributionLink {
  href: string;
  /** True for an address outside the site (opens with rel="noopener noreferrer"). */
  external: boolean;
}

/** « Proposer une modification » and « Signaler un problème » for one page. */
export function contributionLinks(repository: Repository | undefined, context: IssueContext): { edit: ContributionLink; report: ContributionLink } {
  if (!repository) {
    return {
      edit: { href: `${routes.contribuer()}#${CONTRIBUER_ANCHORS.edit}`, external: false },
      report: { href: `${routes.contribuer()}#${CONTRIBUER_ANCHORS.report}`, external: false },
    };
  }
  return {
    edit: { href: editUrl(repository, context.file), external: true },
    report: { href: issueUrl(repository, context), external: true },
  };
}
