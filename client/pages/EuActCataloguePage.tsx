import '../styles/screens.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Heading } from 'suomifi-ui-components';
import type { EuAct } from '../../shared/eu-act.ts';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { CATALOGUE_ORDERS, catalogueOrderOf } from '../components/eu-act/catalogue-order.ts';
import { EuActForm } from '../components/eu-act/EuActForm.tsx';
import { EuActTable } from '../components/eu-act/EuActTable.tsx';
import { euActServerErrors } from '../components/eu-act/eu-act-draft.ts';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldErrors, trpc } from '../lib/trpc.ts';

/** /eu-acts: the EU act catalogue; coordinators add acts to it. */
export function EuActCataloguePage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const acts = useQuery(trpc.euAct.list.queryOptions());
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<EuAct | null>(null);
  // The order is in the URL (?sort=name), so a view of the catalogue is a link.
  const [params, setParams] = useSearchParams();
  const order = catalogueOrderOf(params.get('sort'));
  const create = useMutation(
    trpc.euAct.create.mutationOptions({
      onSuccess: (act) => {
        void queryClient.invalidateQueries(trpc.euAct.pathFilter());
        setAdding(false);
        setAdded(act);
      },
    }),
  );
  const serverErrors = create.error
    ? (() => {
        const fields = euActServerErrors(fieldErrors(create.error));
        return Object.keys(fields).length > 0
          ? fields
          : { form: [t('euAct.form.failed', { message: create.error.message })] };
      })()
    : {};
  return (
    <div className="screen">
      <div className="page-title">
        <Heading variant="h1">{t('euAct.catalogue.title')}</Heading>
        {isCoordinator(user) && !adding && (
          <Button
            onClick={() => {
              create.reset();
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('euAct.catalogue.add')}
          </Button>
        )}
      </div>
      <p>{t('euAct.catalogue.intro')}</p>
      <p role="status">
        {added && (
          <Link to={`/eu-acts/${added.id}`}>{t('euAct.catalogue.added', { name: added.shortName })}</Link>
        )}
      </p>
      {adding && (
        <section className="screen-panel" aria-labelledby="new-act-heading">
          <Heading variant="h2" id="new-act-heading">
            {t('euAct.form.newTitle')}
          </Heading>
          <EuActForm
            initial={null}
            submitLabel={t('euAct.form.create')}
            saving={create.isPending}
            serverErrors={serverErrors}
            onSubmit={(data) => create.mutate(data)}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      {acts.data ? (
        <>
          <div className="catalogue__bar">
            <p className="results__count">{t('euAct.catalogue.count', { count: acts.data.length })}</p>
            <label htmlFor="catalogue-order">{t('euAct.catalogue.sort')}</label>
            <select
              id="catalogue-order"
              value={order}
              onChange={(event) =>
                setParams(event.target.value === 'name' ? { sort: 'name' } : {}, { replace: true })
              }
            >
              {CATALOGUE_ORDERS.map((value) => (
                <option key={value} value={value}>
                  {t(value === 'next' ? 'euAct.catalogue.sortNext' : 'euAct.catalogue.sortName')}
                </option>
              ))}
            </select>
          </div>
          {acts.data.length === 0 ? (
            <p>{t('euAct.catalogue.empty')}</p>
          ) : (
            <EuActTable acts={acts.data} order={order} />
          )}
        </>
      ) : (
        <QueryState query={acts} />
      )}
    </div>
  );
}
