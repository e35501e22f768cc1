/**
 * People: hiring, the talent grid, attrition and promotions, surveys and onboarding, for the roles that may
 * read people data. A viewer's page asks the server for nothing about people and says why; a panel the
 * role may not read shows the server's refusal and leaves the rest of the page working. The chosen view is
 * `?view=` in the address.
 */
import { Link, useLocation, useSearchParams } from 'react-router';
import { PageHeader, Section } from '../components/section';
import { ErrorView, Loading } from '../components/states';
import { useFilterSearch } from '../filters';
import { type Me, useMe } from '../session';
import { AttritionView } from './people/attrition';
import { HiringView } from './people/hiring';
import { OnboardingView } from './people/onboarding';
import { holds, mayOpenPeople } from './people/privacy';
import { SurveysView } from './people/surveys';
import { TalentView } from './people/talent';

const VIEWS = [
  { id: 'hiring', title: 'Hiring', needs: 'hiring.pipeline', View: HiringView },
  { id: 'talent', title: 'Talent', needs: 'people.talent', View: TalentView },
  { id: 'attrition', title: 'Attrition and promotions', needs: 'people.aggregates', View: AttritionView },
  { id: 'surveys', title: 'Surveys', needs: 'surveys.results', View: SurveysView },
  { id: 'onboarding', title: 'Onboarding', needs: 'people.aggregates', View: OnboardingView },
] as const;

const ROLE_NAMES: Record<string, string> = {
  viewer: 'viewer',
  manager: 'manager',
  leader: 'leader',
  'people-partner': 'people partner',
  admin: 'administrator',
};

export default function PeoplePage() {
  const me = useMe();
  if (me.isPending)
    return (
      <>
        <PageHeader title="People" />
        <Loading what="what your role may see" />
      </>
    );
  if (me.isError)
    return (
      <>
        <PageHeader title="People" />
        <ErrorView error={me.error} retry={() => void me.refetch()} />
      </>
    );
  return mayOpenPeople(me.data) ? <PeopleViews me={me.data} /> : <NotAllowed me={me.data} />;
}

function NotAllowed({ me }: { me: Me }) {
  const location = useLocation();
  const anonymous = me.via === 'anonymous';
  return (
    <>
      <PageHeader title="People" />
      <div className="state state-error" role="alert">
        <p>Your role does not allow this view.</p>
        <p className="muted">
          {anonymous
            ? 'You are not signed in, so you read the dashboard as a viewer. '
            : `You are signed in as a ${ROLE_NAMES[me.role] ?? me.role}. `}
          Hiring, talent, attrition, survey and onboarding figures are open to managers, leaders, people
          partners and administrators.
        </p>
        {anonymous ? (
          <p>
            <Link to={`/signin?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>
              Sign in
            </Link>
          </p>
        ) : null}
      </div>
    </>
  );
}

function PeopleViews({ me }: { me: Me }) {
  const [params] = useSearchParams();
  const search = useFilterSearch();
  const current = VIEWS.find((view) => view.id === params.get('view')) ?? VIEWS[0];
  const allowed = holds(me, current.needs);
  const { View } = current;
  return (
    <>
      <PageHeader title="People">
        <p>
          Hiring, talent, attrition, surveys and onboarding. Every figure describes a group of at least 5
          people; smaller groups are withheld by the server.
        </p>
      </PageHeader>
      <nav aria-label="People views">
        <ul className="view-switch">
          {VIEWS.map((view) => (
            <li key={view.id}>
              <Link
                className="view-link"
                to={`/people${search ? `${search}&` : '?'}view=${view.id}`}
                aria-current={view.id === current.id ? 'page' : undefined}
              >
                {view.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid people-page">
        <Section id={current.id} title={current.title} wide>
          {allowed === false ? (
            <div className="state state-error" role="alert">
              <p>Your role does not allow this view.</p>
              <p className="muted">It needs the {current.needs} capability, which your role does not hold.</p>
            </div>
          ) : (
            <View />
          )}
        </Section>
      </div>
    </>
  );
}
