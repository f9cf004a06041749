import { useState } from 'react';
import { Logout, AppBar as RaAppBar, TitlePortal, UserMenu } from 'react-admin';
import { ChangePasswordDialog, ChangePasswordItem } from './ChangePassword.tsx';
import { Identity } from './Identity.tsx';

// The dialog lives beside the menu, not in it: the menu unmounts its items when it closes.
export const AppBar = () => {
  const [changing, setChanging] = useState(false);
  return (
    <>
      <RaAppBar
        userMenu={
          <UserMenu>
            <ChangePasswordItem onOpen={() => setChanging(true)} />
            <Logout />
          </UserMenu>
        }
      >
        <TitlePortal />
        <Identity />
      </RaAppBar>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
};
