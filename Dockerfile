# Muster API, production image. The build and start steps are the scripts CI runs
# (`npm ci`, `npm run build`, `node dist/apps/api/src/main.js`; tools/scripts/smoke-production.sh),
# so the tested path is the shipped path.
#
#   docker build -t muster-api .
#   docker run -e DATABASE_URL=… -e JWT_SECRET=… -e AUDIT_HMAC_KEY=… -p 3000:3000 muster-api
#   docker run … muster-api node dist/tools/scripts/migrate.js     # migrations as their own step
#
# Every start also applies pending migrations under a PostgreSQL advisory lock, so several
# replicas starting at once migrate once.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]
