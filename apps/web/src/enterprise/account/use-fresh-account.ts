import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../../api/client';
import { updateSessionUser } from '../../session/session-store';
import { KEYS } from '../enterprise-queries';

/**
 * The account as the API knows it now. The session keeps the user from sign-in time, so an address confirmed
 * in another tab (the mailed link) would go unnoticed; asking on each visit keeps the session current.
 */
export function useFreshAccount() {
  const me = useQuery({ queryKey: KEYS.me, queryFn: () => unwrap(api.GET('/auth/me')), staleTime: 0 });
  useEffect(() => {
    if (me.data) updateSessionUser(me.data);
  }, [me.data]);
  return me;
}
