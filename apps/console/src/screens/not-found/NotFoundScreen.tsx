import { Link } from 'react-router';

export default function NotFoundScreen() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        If you pasted the web address, check you copied the entire address. You can go to the{' '}
        <Link to="/">incident board</Link>.
      </p>
    </>
  );
}
