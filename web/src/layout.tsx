/** The frame of every page: where you are, what you are looking at (scope and window), and who you are. */
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ScopeWindowPicker } from './components/scope-window';
import { useFilterSearch } from './filters';
import { maySeePeople, useMe, useSignOut } from './session';

const PAGES = [
  { to: '/', label: 'Overview', end: true },
  { to: '/delivery', label: 'Delivery' },
  { to: '/reliability', label: 'Reliability' },
  { to: '/organization', label: 'Organization' },
  { to: '/planning', label: 'Planning' },
  { to: '/registers', label: 'Registers' },
  { to: '/people', label: 'People', people: true },
  { to: '/reports', label: 'Reports' },
];

export function Layout() {
  const me = useMe();
  const search = useFilterSearch();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const showPeople = maySeePeople(me.data);
  const signedIn = me.data && me.data.via !== 'anonymous';
  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand">
          <span aria-hidden="true" className="logo">
            ◭
          </span>{' '}
          Sextant
        </div>
        <nav aria-label="Pages">
          <ul>
            {PAGES.filter((item) => !item.people || showPeople).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to + search} end={item.end ?? false}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          {me.data ? (
            <span>
              {signedIn ? me.data.actor : 'Not signed in'} <span className="role">{me.data.role}</span>
            </span>
          ) : null}
          {signedIn ? (
            <button
              type="button"
              className="link"
              onClick={async () => {
                await signOut();
                navigate('/signin');
              }}
            >
              Sign out
            </button>
          ) : (
            <NavLink to={`/signin?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>
              Sign in
            </NavLink>
          )}
        </div>
      </header>
      <ScopeWindowPicker />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
