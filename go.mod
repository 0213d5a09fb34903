module eventgraph

go 1.26
