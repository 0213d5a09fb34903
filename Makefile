VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.Version=$(VERSION)
# Packages that run goroutines of their own: tested again under the race detector.
RACE_PKGS := ./cmd/... ./internal/pipeline/... ./internal/ingest/... ./internal/store/... ./internal/nlp/lexicon/...

.PHONY: build test lint integration-test run bench

build:
	CGO_ENABLED=0 go build -ldflags "$(LDFLAGS)" -o eventgraph ./cmd/eventgraph

# The README's test command: formatting, vet, every test, and the race
# detector on the concurrent packages.
test: lint
	go test -count=1 ./...
	CGO_ENABLED=1 go test -race -count=1 $(RACE_PKGS)

lint:
	@out=$$(gofmt -l .); \
		if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	go vet ./...
	@if command -v staticcheck >/dev/null 2>&1; then staticcheck ./...; \
		else echo "staticcheck not installed (go install honnef.co/go/tools/cmd/staticcheck@latest): skipped"; fi

integration-test:
	go test -count=1 -run 'Postgres|NATS|Kill' ./...

run: build
	./eventgraph extract --date 2022-07-12 --format table examples/seed.txt

bench:
	go test -run XXX -bench . -benchmem ./internal/...
