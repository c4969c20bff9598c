/**
 * `--scale N`: given once or several times, as `--scale 12,120` or `--scale=12`. Returns the
 * kit sizes asked for, smallest first and each once, or undefined without the option.
 */
export function parseScaleOption(argv: string[]): number[] | undefined {
  const values: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === '--scale') {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new Error('--scale attend un nombre de fiches, par exemple --scale 12,120,1200');
      values.push(next);
    } else if (arg.startsWith('--scale=')) values.push(arg.slice('--scale='.length));
  });
  if (!values.length) return undefined;
  const counts = values.flatMap((value) => value.split(',')).map((item) => item.trim());
  for (const item of counts) {
    if (!/^\d+$/.test(item) || Number(item) < 1) throw new Error(`--scale : « ${item} » n'est pas un nombre de fiches (entier positif, sans espace ni séparateur de milliers)`);
  }
  return [...new Set(counts.map(Number))].sort((a, b) => a - b);
}
