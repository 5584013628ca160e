import { describe, expect, it } from 'vitest';
import { isAllowed, type Action, type GuardedResource } from './permissions';
import type { Actor } from './user';

const actor = (role: Actor['role'], region: Actor['region'] = null): Actor => ({ id: 1, fullName: 'Someone', role, region });
const admin = actor('admin');
const staff = actor('staff');
const western = actor('coordinator', 'Western');
const leadership = actor('leadership');
const writes: Action[] = ['create', 'update', 'delete'];
const reads: Action[] = ['list', 'read', 'export'];

describe('isAllowed', () => {
  it('lets nobody in without a signed-in user', () => {
    expect(isAllowed(null, 'list', 'cities')).toBe(false);
  });

  it('lets every role read every record resource and the user directory', () => {
    for (const who of [admin, staff, western, leadership]) {
      for (const resource of ['cities', 'partnerships', 'events', 'programs', 'users', 'settings'] as GuardedResource[]) {
        for (const action of reads) expect(isAllowed(who, action, resource), `${who.role} ${action} ${resource}`).toBe(true);
      }
    }
  });

  it('keeps inquiries to staff, admins and the coordinator of their region; exported and created by nobody', () => {
    const ghana = { region: 'Western', preferredRegion: 'South' };
    const ohioForEast = { region: 'Midwest', preferredRegion: 'Eastern' };
    for (const who of [admin, staff]) {
      for (const action of ['list', 'read', 'update', 'delete'] as Action[]) expect(isAllowed(who, action, 'inquiries', ghana)).toBe(true);
    }
    expect(isAllowed(western, 'list', 'inquiries')).toBe(true);
    expect(isAllowed(western, 'update', 'inquiries', ghana)).toBe(true);
    expect(isAllowed(western, 'read', 'inquiries', ohioForEast)).toBe(false);
    expect(isAllowed(actor('coordinator', 'Eastern'), 'update', 'inquiries', ohioForEast)).toBe(true);
    expect(isAllowed(western, 'delete', 'inquiries', ghana)).toBe(false);
    for (const action of [...reads, ...writes]) expect(isAllowed(leadership, action, 'inquiries', ghana)).toBe(false);
    for (const who of [admin, staff, western]) {
      expect(isAllowed(who, 'export', 'inquiries')).toBe(false);
      expect(isAllowed(who, 'create', 'inquiries')).toBe(false);
    }
  });

  it('keeps user admin and settings to admins', () => {
    for (const action of writes) {
      expect(isAllowed(admin, action, 'users')).toBe(true);
      for (const who of [staff, western, leadership]) expect(isAllowed(who, action, 'users')).toBe(false);
    }
    expect(isAllowed(admin, 'update', 'settings')).toBe(true);
    expect(isAllowed(staff, 'update', 'settings')).toBe(false);
  });

  it('lets leadership write nothing and staff write every record', () => {
    for (const action of writes) {
      for (const resource of ['cities', 'partnerships', 'events', 'programs'] as GuardedResource[]) {
        expect(isAllowed(leadership, action, resource, { region: 'Western' })).toBe(false);
        expect(isAllowed(staff, action, resource, { region: 'Eastern' })).toBe(true);
      }
    }
  });

  it('lets a coordinator write only records that touch their region', () => {
    for (const action of writes) {
      expect(isAllowed(western, action, 'cities', { region: 'Western' })).toBe(true);
      expect(isAllowed(western, action, 'cities', { region: 'Eastern' })).toBe(false);
      expect(isAllowed(western, action, 'cities', { region: 'Northeast' })).toBe(false);
      expect(isAllowed(western, action, 'partnerships', { region: 'Western' })).toBe(true);
      expect(isAllowed(western, action, 'events', { regions: ['Eastern', 'Western'] })).toBe(true);
      expect(isAllowed(western, action, 'programs', { regions: ['Eastern'] })).toBe(false);
      expect(isAllowed(western, action, 'programs', { regions: [] })).toBe(false);
    }
    // A coordinator without a region (bad data) writes nothing.
    expect(isAllowed(actor('coordinator'), 'create', 'cities')).toBe(false);
  });

  it('shows the history of a record to everyone and the whole log to admins only', () => {
    for (const who of [staff, western, leadership]) {
      expect(isAllowed(who, 'list', 'audit')).toBe(false);
      expect(isAllowed(who, 'list', 'audit', { region: null })).toBe(true);
    }
    expect(isAllowed(admin, 'list', 'audit')).toBe(true);
    for (const action of writes) expect(isAllowed(admin, action, 'audit')).toBe(false);
  });

  it('lets every role keep views, changed by their owner only, and an admin delete a shared one', () => {
    const mine = { ownerId: 1, shared: false };
    const othersShared = { ownerId: 99, shared: true };
    const othersPrivate = { ownerId: 99, shared: false };
    for (const who of [admin, staff, western, leadership]) {
      for (const action of ['list', 'create', 'read', 'update', 'delete'] as Action[]) expect(isAllowed(who, action, 'views', mine), `${who.role} ${action}`).toBe(true);
      expect(isAllowed(who, 'read', 'views', othersShared)).toBe(true);
      expect(isAllowed(who, 'read', 'views', othersPrivate)).toBe(false);
      expect(isAllowed(who, 'update', 'views', othersShared)).toBe(false);
      expect(isAllowed(who, 'update', 'views', { starter: true })).toBe(false);
      expect(isAllowed(who, 'read', 'views', { starter: true })).toBe(true);
      expect(isAllowed(who, 'export', 'views')).toBe(false);
    }
    expect(isAllowed(admin, 'delete', 'views', othersShared)).toBe(true);
    expect(isAllowed(admin, 'delete', 'views', othersPrivate)).toBe(false);
    expect(isAllowed(staff, 'delete', 'views', othersShared)).toBe(false);
  });
});
