/**
 * The typename bench's baseline, run as a process of its own (`node tools/scripts/run-ts.js
 * tools/bench/typename-bare-server.ts`, NODE_ENV=production): a bare Apollo Server 5 on the
 * HTTP stack Nest gives the API — Express 5, its JSON body parser with the API's 1 MB limit,
 * `expressMiddleware` of @as-integrations/express5 on /graphql — with a trivial schema and
 * Apollo's defaults (CSRF prevention included), nothing else. Prints its port when listening.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main(): Promise<void> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`bare Apollo listening on ${(httpServer.address() as AddressInfo).port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
