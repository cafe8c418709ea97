export default function Settings() {
  return (
    <main>
      <h1 id="settings">Cookie settings</h1>
      <consent-preferences />
    </main>
  );
}
