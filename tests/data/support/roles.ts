/** The product's roles on a test site: the same set-up as npm start's (tools/seed/roles.ts). */
export { SHVO, addToGroup, createObjects, grantRoles, setUpProductRoles, type IRoleUsers } from '../../../tools/seed/roles';
