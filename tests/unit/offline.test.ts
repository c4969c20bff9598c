import { describe, expect, it } from 'vitest';
import { documentsToSave, parseDocuments, totalBytes } from '../../src/lib/offline/documents.ts';
import { IGNORED_URL_PARAMETERS, documentCacheName, isDocumentPath } from '../../src/lib/offline/service-worker.ts';
import { webManifest } from '../../src/lib/offline/web-manifest.ts';

describe('the documents a reader can save', () => {
  it('keeps only well-formed entries of this site', () => {
    const data = { documents: [{ url: '/pdf/a.pdf', bytes: 10 }, { url: 'https://autre.example/x.pdf', bytes: 1 }, { url: '//autre.example/y.pdf', bytes: 1 }, { url: '/pdf/b.pdf', bytes: -1 }, null, { url: '/c.pdf' }] };
    expect(parseDocuments(data, '/')).toEqual([{ url: '/pdf/a.pdf', bytes: 10 }]);
    expect(parseDocuments({ documents: [{ url: '/pdf/a.pdf', bytes: 10 }] }, '/kit/')).toEqual([]);
    expect(parseDocuments('{', '/')).toEqual([]);
    expect(parseDocuments(null, '/')).toEqual([]);
  });

  it('« Tout enregistrer » fetches what is missing, or everything again when all is saved', () => {
    const docs = [{ url: '/a.pdf', bytes: 3 }, { url: '/b.pdf', bytes: 4 }];
    expect(documentsToSave(docs, new Set(['/a.pdf']))).toEqual([{ url: '/b.pdf', bytes: 4 }]);
    expect(documentsToSave(docs, new Set(['/a.pdf', '/b.pdf']))).toEqual(docs);
    expect(totalBytes(docs)).toBe(7);
  });

  it('documents are PDFs and office files, whatever the case', () => {
    expect(['pdf/a.pdf', 'x/B.PDF', 'outils/c.odt', 'd.docx'].every(isDocumentPath)).toBe(true);
    expect(['a.html', 'pdf/', 'pdf.js', 'a.pdf.html'].some(isDocumentPath)).toBe(false);
  });
});

describe('the service worker contract', () => {
  it('each kit hosted on one origin has its own documents cache', () => {
    expect(documentCacheName('/')).not.toBe(documentCacheName('/kit-participation/'));
  });

  it("ignores every query parameter: the search page's ?q= and Pagefind's ?ts=", () => {
    for (const name of ['ts', 'q', 'phase']) expect(IGNORED_URL_PARAMETERS.some((pattern) => pattern.test(name)), name).toBe(true);
  });
});

describe('the web app manifest', () => {
  it('starts and stays within the base the site is hosted under', () => {
    for (const [base, scope] of [['/', '/'], ['/kit-participation/', '/kit-participation/'], ['/kit', '/kit/']] as const) {
      const manifest = webManifest(base);
      expect(manifest.start_url).toBe(scope);
      expect(manifest.scope).toBe(scope);
      for (const icon of manifest.icons) expect(icon.src.startsWith(scope)).toBe(true);
    }
    expect(webManifest('/').lang).toBe('fr');
  });
});
