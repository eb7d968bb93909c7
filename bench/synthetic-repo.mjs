// A synthetic monorepo for the scan benchmark: services with Kubernetes manifests, compose files,
// Dockerfiles, Helm values, kustomizations and workflows (about 1 in 20 references pinned by digest),
// buried in ordinary source, docs and config files, as in a real checkout. Deterministic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hex = (rand, n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('')

function image(rand, name) {
  const ref = `ghcr.io/acme/${name}:1.${Math.floor(rand() * 40)}.${Math.floor(rand() * 10)}`
  return rand() < 0.05 ? `${ref}@sha256:${hex(rand, 64)}` : ref
}

const deployment = (rand, name) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/part-of: acme
spec:
  replicas: ${1 + Math.floor(rand() * 4)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
      annotations:
        prometheus.io/scrape: "true"
    spec:
      serviceAccountName: ${name}
      initContainers:
        - name: migrate
          image: ${image(rand, `${name}-migrate`)}
          args: ["migrate", "--to", "latest"]
      containers:
        - name: app
          image: ${image(rand, name)}
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ${name}-db
                  key: url
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: { drop: ["ALL"] }
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
`

const cronJob = (rand, name) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}-report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ${image(rand, `${name}-report`)}
              command:
                - /bin/report
                - --since=24h
`

const configMap = name => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
data:
  config.yaml: |
    listen: :8080
    upstreams:
      - http://${name}-backend
    timeouts:
      read: 5s
      write: 10s
`

const compose = (rand, name) => `services:
  ${name}:
    image: ${image(rand, name)}
    ports:
      - "8080:8080"
    environment:
      LOG_LEVEL: debug
    depends_on:
      - db
  db:
    image: postgres:\${POSTGRES_VERSION:-16}
    volumes:
      - db:/var/lib/postgresql/data
volumes:
  db: {}
`

const dockerfile = (rand, name) => `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION} AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/${name} ./cmd/${name}

FROM ${rand() < 0.05 ? `gcr.io/distroless/static:nonroot@sha256:${hex(rand, 64)}` : 'gcr.io/distroless/static:nonroot'}
COPY --from=build /out/${name} /${name}
USER nonroot
ENTRYPOINT ["/${name}"]
`

const values = (rand, name) => `replicaCount: 2
image:
  registry: ghcr.io
  repository: acme/${name}
  tag: "1.${Math.floor(rand() * 40)}.0"
  digest: "${rand() < 0.05 ? `sha256:${hex(rand, 64)}` : ''}"
  pullPolicy: IfNotPresent
service:
  type: ClusterIP
  port: 80
resources:
  limits:
    memory: 256Mi
nodeSelector: {}
tolerations: []
`

const kustomization = (rand, name) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
  - name: ghcr.io/acme/${name}
    newTag: "1.${Math.floor(rand() * 40)}.1"
`

const workflow = (rand, name) => `name: ${name}
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    container: ${image(rand, 'ci-runner')}
    services:
      redis:
        image: redis:7
    steps:
      - uses: actions/checkout@${hex(rand, 40)}
      - run: make test
`

const lint = () => `run:
  timeout: 5m
linters:
  enable:
    - govet
    - staticcheck
    - errcheck
issues:
  max-same-issues: 0
`

const source = (rand, name, i) =>
  `package ${name.replace(/-/g, '')}\n\n` +
  Array.from(
    { length: 12 + Math.floor(rand() * 30) },
    (_, j) => `// Handle${i}x${j} handles one request kind; see the design notes.\nfunc Handle${i}x${j}(ctx context.Context, req *Request) (*Response, error) {\n\treturn &Response{ID: req.ID, Sum: "${hex(rand, 40)}"}, nil\n}\n`
  ).join('\n')

const readme = name => `# ${name}\n\nBuild with \`make\`, deploy with \`kubectl apply -k deploy/\`. The image is published by CI.\n`

// Files the line-based YAML reader hands to the yaml package (anchors, merge keys, block scalars)
// or does not parse at all (chart templates): the fallback paths must be in the measured mix.
const anchoredValues = (rand, name) => `defaults: &defaults
  pullPolicy: IfNotPresent
  resources: {limits: {cpu: 100m, memory: 64Mi}}
image:
  <<: *defaults
  repository: ghcr.io/acme/${name}
  tag: v1.${Math.floor(rand() * 40)}.0
  digest: sha256:${hex(rand, 64)}
notes: |
  Rendered by the platform chart; see the runbook.
  Owners: team-${name}
`

const chartTemplate = (rand, name) => `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${name}.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        - name: proxy
          image: ghcr.io/acme/proxy:1.2@sha256:${hex(rand, 64)}
{{- end }}
`

/** Writes the tree under `root` (replacing it) and returns the number of files. */
export function generateRepo(root, { services = 1100 } = {}) {
  rmSync(root, { recursive: true, force: true })
  const rand = prng(20240601)
  let files = 0
  const write = (rel, text) => {
    const full = path.join(root, rel)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, text)
    files++
  }
  for (let s = 0; s < services; s++) {
    const name = `svc-${String(s).padStart(4, '0')}`
    const dir = `services/${name}`
    write(`${dir}/deploy/deployment.yaml`, deployment(rand, name))
    write(`${dir}/deploy/configmap.yaml`, configMap(name))
    write(`${dir}/deploy/cronjob.yaml`, cronJob(rand, name))
    write(`${dir}/deploy/kustomization.yaml`, kustomization(rand, name))
    write(`${dir}/Dockerfile`, dockerfile(rand, name))
    if (s % 2 === 0) write(`${dir}/docker-compose.yml`, compose(rand, name))
    if (s % 2 === 1) write(`${dir}/chart/values.yaml`, values(rand, name))
    if (s % 10 === 0) write(`${dir}/.github/workflows/ci.yml`, workflow(rand, name))
    if (s % 5 === 1) write(`${dir}/chart/values-prod.yaml`, anchoredValues(rand, name))
    if (s % 5 === 3) write(`${dir}/chart/templates/deployment.yaml`, chartTemplate(rand, name))
    write(`${dir}/.golangci.yml`, lint())
    write(`${dir}/README.md`, readme(name))
    write(`${dir}/go.mod`, `module example.com/acme/${name}\n\ngo 1.23\n`)
    for (let i = 0; i < 10; i++) write(`${dir}/internal/handler${i}.go`, source(rand, name, i))
  }
  return files
}
