// A source's name, linked when its URL is a safe http(s) one, for the details of features and events.
import { safeHttpUrl } from '../domain/safeUrl';

export function SourceLink({ name, url }: { name: string; url: string }) {
  const href = safeHttpUrl(url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}
