# syntax=docker/dockerfile:1
# One image for the three roles (migrate, api, worker); the compose file picks the command.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
COPY seed ./seed
COPY tools ./tools
COPY bench ./bench
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# A bounded heap makes V8 collect before it grows: a 2,000,000-row import then stays under 200 MB resident
# (bench/ingest measures it with the same flag).
ENV NODE_OPTIONS=--max-old-space-size=256
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The documents volume is mounted here; a named volume takes this directory's owner on first use.
RUN mkdir -p /var/lib/care-awards/documents && chown -R node:node /var/lib/care-awards
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
