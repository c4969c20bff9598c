import type { FicheLink } from './types.ts';

/** One fiche to read first, in a self-assessment's result or the diagnostic, with why it is named. */
export default function RecommendedFiche({ id, fiche, reason }: { id: string; fiche: FicheLink; reason: string }) {
  return (
    <li data-fiche={id}>
      <a href={fiche.href}>
        Fiche {fiche.numero} : {fiche.titre}
      </a>{' '}
      <span className="muted">{reason}</span>
    </li>
  );
}
