import './request.css';
import { Button, Container } from '@mantine/core';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { logout, setSessionLostHandler } from '../shared/api.js';
import { mount } from '../shared/mount.js';
import { PageHeader } from '../shared/page-header.js';
import { loadSession } from '../shared/session.js';
import {
  addressesOf,
  type CitizenService,
  type Me,
  me,
  type SavedAddress,
  servicesOf,
} from './citizen-api.js';
import { useT } from './messages.js';
import { forgetThisBrowser, PushOptIn } from './push-opt-in.js';
import { type Answers, rebookAnswers } from './request-body.js';
import { emptyAnswers, RequestFlow } from './request-flow.js';
import { RidePage } from './ride-page.js';
import { RidesList } from './rides-list.js';
import { SelfBookingNotice } from './self-booking-notice.js';
import { SignIn } from './sign-in.js';

type Route = { page: 'new'; fresh: boolean } | { page: 'rides' } | { page: 'ride'; id: string };

function parse(hash: string): Route {
  const ride = /^#\/rides\/([0-9a-f-]{36})$/i.exec(hash);
  if (ride) return { page: 'ride', id: ride[1]! };
  if (hash === '#/rides') return { page: 'rides' };
  // #/new: a fresh request; #/ (after "Ask again"): the request with a past ride's answers.
  return { page: 'new', fresh: hash === '#/new' };
}

function useRoute(): Route {
  const hash = useSyncExternalStore(
    (l) => {
      window.addEventListener('hashchange', l);
      return () => window.removeEventListener('hashchange', l);
    },
    () => window.location.hash,
  );
  return parse(hash);
}

function RequestPage() {
  const { t } = useT();
  const route = useRoute();
  const [signedIn, setSignedIn] = useState(
    () => loadSession()?.user.role === ('citizen' as string),
  );
  const [who, setWho] = useState<Me | null>(null);
  const [citizenId, setCitizenId] = useState<string | null>(null);
  const [services, setServices] = useState<CitizenService[]>([]);
  const [addresses, setAddresses] = useState<SavedAddress[]>([]);
  const [rebook, setRebook] = useState<Answers | null>(null);

  useEffect(() => setSessionLostHandler(() => setSignedIn(false)), []);
  const fresh = route.page === 'new' && route.fresh;
  useEffect(() => {
    if (fresh) setRebook(null);
  }, [fresh]);
  useEffect(() => {
    if (!signedIn) return;
    void me().then((m) => {
      setWho(m);
      setCitizenId((id) => id ?? m.citizens[0]?.id ?? null);
    });
  }, [signedIn]);
  useEffect(() => {
    if (!citizenId) return;
    void Promise.all([servicesOf(citizenId), addressesOf(citizenId)]).then(([s, a]) => {
      setServices(s);
      setAddresses(a);
    });
  }, [citizenId]);

  const signOut = useCallback(() => {
    // This browser stops being told before the session ends (the server needs it to know whose it is).
    void forgetThisBrowser()
      .then(() => logout())
      .then(() => {
        setSignedIn(false);
        setWho(null);
        setCitizenId(null);
      });
  }, []);

  return (
    <Container className="request-page" component="main">
      <PageHeader
        title={t('title')}
        userName={who?.name}
        onLogout={signedIn ? signOut : undefined}
      />
      {!signedIn ? (
        <SignIn onSignedIn={() => setSignedIn(true)} />
      ) : (
        <>
          <nav aria-label={t('nav.rides')} className="nav-links">
            <a href="#/new" aria-current={route.page === 'new' ? 'page' : undefined}>
              {t('nav.new')}
            </a>
            <a href="#/rides" aria-current={route.page === 'rides' ? 'page' : undefined}>
              {t('nav.rides')}
            </a>
          </nav>
          {citizenId && route.page === 'new' && <SelfBookingNotice citizenId={citizenId} />}
          {who && citizenId && route.page === 'new' && services.length > 0 && (
            <RequestFlow
              key={`${citizenId}-${rebook ? 'rebook' : 'new'}`}
              citizens={who.citizens}
              services={services}
              addresses={addresses}
              initial={rebook ?? emptyAnswers(citizenId)}
              startAt={rebook ? 'when' : undefined}
              onCitizen={setCitizenId}
              onFollow={(id) => {
                window.location.hash = `#/rides/${id}`;
              }}
            />
          )}
          {citizenId && route.page === 'rides' && (
            <RidesList
              citizenId={citizenId}
              onOpen={(id) => {
                window.location.hash = `#/rides/${id}`;
              }}
              onRebook={(r) => {
                setRebook(rebookAnswers(r));
                window.location.hash = '#/';
              }}
            />
          )}
          {route.page === 'ride' && <RidePage key={route.id} id={route.id} />}
          <PushOptIn />
          {who && who.citizens.length === 0 && <Button disabled>{t('service.none')}</Button>}
        </>
      )}
    </Container>
  );
}

mount(<RequestPage />);
