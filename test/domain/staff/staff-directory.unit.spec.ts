import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import { staffDirectoryFold } from '../../../domain/staff/staff-directory.js';
import type { StaffEvent } from '../../../domain/staff/staff-member.js';

const directoryOf = (events: StaffEvent[]) =>
  fold(staffDirectoryFold.evolve, staffDirectoryFold.initialState(), events);

describe('The staff directory as a whole', () => {
  it('holds each person once, with the name and roles of their latest change', () => {
    const directory = directoryOf([
      {
        type: 'StaffMemberAdded',
        data: {
          email: 'dana@program.example',
          name: 'Dana',
          roles: ['approver'],
          addedAt: '2026-07-01T00:00:00Z',
        },
      },
      {
        type: 'StaffMemberAdded',
        data: {
          email: 'alex@program.example',
          name: 'Alex',
          roles: ['finance'],
          addedAt: '2026-07-02T00:00:00Z',
        },
      },
      {
        type: 'StaffMemberChanged',
        data: {
          email: 'dana@program.example',
          name: 'Dana Smith',
          roles: ['program-admin', 'approver'],
          changedAt: '2026-07-03T00:00:00Z',
        },
      },
    ]);
    expect([...directory.values()]).toEqual([
      { email: 'dana@program.example', name: 'Dana Smith', roles: ['program-admin', 'approver'] },
      { email: 'alex@program.example', name: 'Alex', roles: ['finance'] },
    ]);
  });

  it('keeps a person whose roles were all taken away, with none', () => {
    const directory = directoryOf([
      {
        type: 'StaffMemberAdded',
        data: {
          email: 'dana@program.example',
          name: 'Dana',
          roles: ['approver'],
          addedAt: '2026-07-01T00:00:00Z',
        },
      },
      {
        type: 'StaffMemberChanged',
        data: { email: 'dana@program.example', name: 'Dana', roles: [], changedAt: '2026-07-03T00:00:00Z' },
      },
    ]);
    expect(directory.get('dana@program.example')?.roles).toEqual([]);
  });
});
