// Lets tsc type-check `import styles from './X.module.scss'` before the SPFx build has generated
// its typed `X.module.scss.ts` files (which take precedence once they exist).
declare module '*.module.scss' {
  const styles: Readonly<Record<string, string>>;
  export default styles;
}
