import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';

/**
 * A page that cannot show what was asked for (missing, not allowed): a heading saying so, a
 * sentence on why and what to do, and a link on. Never a bare "Error" with a useless retry.
 */
export function DeadEnd({
  title,
  text,
  back,
}: {
  title: string;
  text: string;
  back: { to: string; label: string };
}) {
  return (
    <div className="screen dead-end">
      <Heading variant="h1">{title}</Heading>
      <p>{text}</p>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}
