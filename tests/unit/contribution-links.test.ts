import { describe, expect, it } from 'vitest';
import { contributionLinks, editUrl, fileUrl, issueUrl, newFileUrl, newIssueUrl, parseRepository } from '../../src/lib/contribution/repository.ts';

/** A reserved example domain: tests never name a real repository. */
const REPO = { url: 'https://forge.example.org/collectif/kit', branch: 'main' };
const PAGE = { title: 'Fiche 7 : Animer une réunion', page: '/fiches/animer-une-reunion/', file: 'content/fiches/07-animer-une-reunion.mdx' };

describe('parseRepository', () => {
  it('is undefined when the setting is empty, so that no address is invented', () => {
    expect(parseRepository(undefined)).toBeUndefined();
    expect(parseRepository('  ')).toBeUndefined();
  });

  it('cleans a trailing slash and .git, and defaults the branch to main', () => {
    expect(parseRepository('https://forge.example.org/collectif/kit.git/')).toEqual(REPO);
    expect(parseRepository('https://forge.example.org/collectif/kit', 'publication')).toEqual({ ...REPO, branch: 'publication' });
  });

  it.each(['forge.example.org/collectif/kit', 'http://forge.example.org/collectif/kit', 'https://forge.example.org/collectif', 'https://forge.example.org/a/b?x=1'])(
    'refuses « %s » with a French message',
    (url) => {
      expect(() => parseRepository(url)).toThrow(/^REPOSITORY_URL invalide \(« .* »\) : donnez l'adresse https du dépôt/);
    },
  );

  it('refuses a branch name that would break the address', () => {
    expect(() => parseRepository(REPO.url, 'ma branche')).toThrow('REPOSITORY_BRANCH invalide (« ma branche »).');
  });
});

describe('repository links', () => {
  it('edits a file on the configured branch', () => {
    expect(editUrl(REPO, PAGE.file)).toBe('https://forge.example.org/collectif/kit/edit/main/content/fiches/07-animer-une-reunion.mdx');
    expect(editUrl({ ...REPO, branch: 'version/2' }, 'content/obstacles.yaml')).toBe('https://forge.example.org/collectif/kit/edit/version/2/content/obstacles.yaml');
  });

  it('opens the issue form with a title naming the page, the page and the file', () => {
    const url = new URL(issueUrl(REPO, PAGE));
    expect(`${url.origin}${url.pathname}`).toBe('https://forge.example.org/collectif/kit/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'signaler-une-erreur.yml',
      title: 'Erreur sur la page « Fiche 7 : Animer une réunion »',
      page: '/fiches/animer-une-reunion/',
      fichier: 'content/fiches/07-animer-une-reunion.mdx',
    });
  });

  it('shows a file of the repository and its issue forms', () => {
    expect(fileUrl(REPO, 'CONTRIBUTING.md')).toBe('https://forge.example.org/collectif/kit/blob/main/CONTRIBUTING.md');
    expect(newIssueUrl(REPO)).toBe('https://forge.example.org/collectif/kit/issues/new/choose');
    expect(newIssueUrl(REPO, 'signaler-une-erreur.yml')).toBe('https://forge.example.org/collectif/kit/issues/new?template=signaler-une-erreur.yml');
  });

  it('prefills the new-file page with the path and the exact text', () => {
    const text = '---\ntitre: Un titre & des « guillemets »\n---\n\n## Le contexte\n\nLigne + suite #1 ?\n';
    const url = new URL(newFileUrl(REPO, 'content/experiences/un-titre.mdx', text));
    expect(`${url.origin}${url.pathname}`).toBe('https://forge.example.org/collectif/kit/new/main');
    expect(url.searchParams.get('filename')).toBe('content/experiences/un-titre.mdx');
    expect(url.searchParams.get('value')).toBe(text);
  });
});

describe('contributionLinks', () => {
  it('points to the explanations of /contribuer/ when no repository is configured', () => {
    expect(contributionLinks(undefined, PAGE)).toEqual({
      edit: { href: '/contribuer/#proposer-une-modification', external: false },
      report: { href: '/contribuer/#signaler-un-probleme', external: false },
    });
  });

  it('points to the repository when it is configured', () => {
    const links = contributionLinks(REPO, PAGE);
    expect(links.edit).toEqual({ href: editUrl(REPO, PAGE.file), external: true });
    expect(links.report).toEqual({ href: issueUrl(REPO, PAGE), external: true });
  });
});
