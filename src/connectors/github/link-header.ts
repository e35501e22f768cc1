/** RFC 8288 `Link` headers as GitHub sends them: `<url>; rel="next", <url>; rel="last"`. */
export function findNextLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (match?.[2] && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(match[2])) return match[1];
  }
  return undefined;
}
