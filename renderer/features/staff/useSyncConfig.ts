/**
 * The hub connection as the staff screens show it (never the token), read again whenever `when`
 * changes: after a connect or disconnect, or a change of sending state.
 */
import { useEffect, useState } from 'react';
import type { SyncConfig } from '../../../main/contract';
import type { KioskSync } from '../../sync';

export function useSyncConfig(sync: KioskSync, when: unknown): SyncConfig | undefined {
  const [config, setConfig] = useState<SyncConfig | undefined>();
  useEffect(() => {
    let isCurrent = true;
    void sync.config().then((next) => {
      if (isCurrent) setConfig(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [sync, when]);
  return config;
}
