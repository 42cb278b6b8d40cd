// A React 19 component using the widgets in TSX: `linkwork/jsx` types each tag's attributes, properties
// and `onlw-*` events (type-checked without skipLibCheck).
import type { AnySelectEvent } from 'linkwork';
import type {} from 'linkwork/jsx';

export function Finder({ onChoose }: { onChoose: (title: string) => void }) {
  return (
    <lw-feed src="/activities.json" max-pages={5}>
      <lw-source src="https://directory.example.org/api/services" format="openreferral" search="remote" />
      <lw-activity-search
        page-size={10}
        sync-url
        onlw-select={(event: AnySelectEvent) => {
          if (event.kind === 'activity') onChoose(event.record.title);
        }}
        onlw-search={(event) => console.log(event.resultCount)}
      />
      <lw-resource-list layout="compact" heading-level={3} />
    </lw-feed>
  );
}
