export function Dashboard() {
  return (
    <main>
      <h1>申报助手 · 工作台</h1>
    </main>
  );
}
