declare module "virtual:technohub-messages/*" {
  const texts: Record<string, string>;
  export default texts;
}
