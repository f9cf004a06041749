import { Logout, AppBar as RaAppBar, TitlePortal, UserMenu } from 'react-admin';
import { Identity } from './Identity.tsx';

export const AppBar = () => (
  <RaAppBar
    userMenu={
      <UserMenu>
        <Logout />
      </UserMenu>
    }
  >
    <TitlePortal />
    <Identity />
  </RaAppBar>
);
