interface Props {
  /**
   * Absent while nothing has been read: only the track is drawn, so that the server's HTML holds
   * the bar's place without a `style` attribute, which the pages' policy refuses (src/lib/csp.ts).
   */
  percent?: number;
  /** Where each level starts, drawn as marks on the bar. */
  thresholds?: readonly number[];
}

/** A picture of the percentage; the same information is always written next to it. */
export default function ScoreBar({ percent, thresholds = [] }: Props) {
  if (percent === undefined) return <div className="score-bar" aria-hidden="true"></div>;
  return (
    <div className="score-bar" aria-hidden="true">
      <span className="score-bar__fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }}></span>
      {thresholds
        .filter((t) => t > 0 && t < 100)
        .map((t) => (
          <span key={t} className="score-bar__mark" style={{ left: `${t}%` }}></span>
        ))}
    </div>
  );
}
