import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, InlineAlert, TextInput } from 'suomifi-ui-components';
import type { InitiativeFilter, InitiativeSort } from '../../shared/initiative-filter.ts';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from '../lib/trpc.ts';

/**
 * Named filters and sort: pick one to apply it, save the current one, remove your own.
 * Used on the list (and the coming board and overview) so a view means the same everywhere.
 */
export function SavedViewsMenu({
  user,
  filter,
  sort,
  onApply,
}: {
  user: SessionUser;
  filter: InitiativeFilter;
  sort: InitiativeSort | undefined;
  onApply: (filter: InitiativeFilter, sort: InitiativeSort | null) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.savedView.list.queryOptions());
  const [chosen, setChosen] = useState('');
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.savedView.list.queryKey() });
  const create = useMutation(
    trpc.savedView.create.mutationOptions({
      onSuccess: (view) => {
        setSaving(false);
        setName('');
        setShared(false);
        setNotice(t('list.views.saved', { name: view.name }));
        void invalidate();
      },
    }),
  );
  const remove = useMutation(trpc.savedView.remove.mutationOptions({ onSuccess: () => void invalidate() }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, filter, sort: sort ?? null, shared });
  };

  return (
    <section className="views" aria-label={t('list.views.menu')}>
      <div className="views__row">
        <label htmlFor="saved-view">{t('list.views.menu')}</label>
        <select id="saved-view" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{views.data?.length ? t('list.views.choose') : t('list.views.none')}</option>
          {views.data?.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name} (
              {view.ownerId === user.id
                ? t('list.views.own')
                : t('list.views.sharedBy', { name: view.ownerName })}
              )
            </option>
          ))}
        </select>
        {/* Applied by a button, not on change: arrowing through the options must not change the page (WCAG 3.2.2). */}
        <Button
          variant="secondary"
          disabled={!chosen}
          onClick={() => {
            const view = views.data?.find((v) => v.id === chosen);
            if (view) onApply(view.filter, view.sort);
          }}
        >
          {t('list.views.apply')}
        </Button>
        {!saving && (
          <Button variant="secondary" onClick={() => setSaving(true)}>
            {t('list.views.save')}
          </Button>
        )}
      </div>
      {saving && (
        <form onSubmit={submit} className="views__form">
          <TextInput
            labelText={t('list.views.name')}
            value={name}
            onChange={(value) => setName(String(value ?? ''))}
            status={create.isError ? 'error' : 'default'}
            statusText={create.isError ? create.error.message : undefined}
          />
          {isCoordinator(user) && (
            <Checkbox checked={shared} onClick={({ checkboxState }) => setShared(checkboxState)}>
              {t('list.views.shared')}
            </Checkbox>
          )}
          <Button type="submit" disabled={create.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="secondaryNoBorder" onClick={() => setSaving(false)}>
            {t('common.cancel')}
          </Button>
        </form>
      )}
      {notice && (
        <p role="status" className="views__notice">
          {notice}
        </p>
      )}
      {views.data?.some((v) => v.ownerId === user.id || (v.shared && isCoordinator(user))) && (
        <ul className="views__own">
          {views.data
            .filter((v) => v.ownerId === user.id || (v.shared && isCoordinator(user)))
            .map((view) => (
              <li key={view.id}>
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => {
                    if (window.confirm(t('list.views.confirmRemove', { name: view.name })))
                      remove.mutate({ id: view.id });
                  }}
                >
                  {t('list.views.remove', { name: view.name })}
                </Button>
              </li>
            ))}
        </ul>
      )}
      {remove.isError && <InlineAlert status="error">{remove.error.message}</InlineAlert>}
    </section>
  );
}
