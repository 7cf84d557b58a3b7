import Link from 'next/link';
import { ClinicCard } from './clinic-card.jsx';

export default function Clinic() {
  return (
    <main>
      <ClinicCard />
      <Link id="to-home" href="/">
        Home
      </Link>
    </main>
  );
}
