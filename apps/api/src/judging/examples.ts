/** Example values shared by the judging DTOs, so the OpenAPI document shows one consistent round. */
export const ID = '6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b';
export const JUDGE_ID = '2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f';
export const ENTRANT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const AT = '2027-05-01T09:00:00.000Z';
