# claimgraph server image. `docker compose up` builds it and points it at Neo4j (docker-compose.yml);
# alone it runs on the embedded store in /app/data.

# ---- build: all dependencies, compile TypeScript and the explorer page, then drop dev dependencies
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here, and no other install script is
# wanted; kuzu's is required (it copies its native binary into place), so it is run on its own.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild kuzu
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# ---- run
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
# Node has fetch; the slim image has neither curl nor wget.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/main.js"]
