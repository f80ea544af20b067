# Insights site (Razor pages + Hangfire server in one process). Built and started by docker-compose.yml:
#   docker compose up --build        ->  http://localhost:5000
# Stand-alone: docker build -t insights .

# ---- build: publish reports/Insights.Site ----------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore in its own layer so source edits don't re-download packages. The project files listed here are the
# site's project-reference closure; if that changes, the publish below restores again, so a stale list only costs time.
COPY Directory.Build.props Directory.Packages.props ./
COPY warehouse/Insights.Warehouse/Insights.Warehouse.csproj warehouse/Insights.Warehouse/
COPY etl/Insights.Etl/Insights.Etl.csproj                   etl/Insights.Etl/
COPY etl/Insights.Demo/Insights.Demo.csproj                 etl/Insights.Demo/
COPY reports/Insights.Reports/Insights.Reports.csproj       reports/Insights.Reports/
COPY reports/Insights.Site/Insights.Site.csproj             reports/Insights.Site/
RUN dotnet restore reports/Insights.Site/Insights.Site.csproj
COPY . .
RUN dotnet publish reports/Insights.Site/Insights.Site.csproj -c Release -o /app/publish -p:UseAppHost=false
# the command line beside it, in a folder of its own: `insights worker` (the extraction workers of docker-compose.yml)
RUN dotnet publish etl/Insights.Cli/Insights.Cli.csproj -c Release -o /app/publish/cli -p:UseAppHost=false

# ---- runtime ---------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# ScottPlot (SkiaSharp, no fontconfig) reads fonts from /usr/share/fonts; without one, charts have no text at all.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish ./
# /app/data holds the DuckDB warehouse and the ETL source files (a named volume in docker-compose.yml).
# Create it owned by the image's non-root user, so a fresh named volume inherits that ownership.
# /app/staging: the extraction workers' Parquet batches for the owner (a volume shared by them in docker-compose.yml).
RUN mkdir -p /app/data/sources /app/staging && chown -R "$APP_UID:$APP_UID" /app/data /app/staging
USER $APP_UID
# ASPNETCORE_URLS, not Urls: a Urls variable is application configuration and wins over ASPNETCORE_URLS, so a deployment
# setting ASPNETCORE_URLS (as ASP.NET Core documents) would be ignored silently. The base image's ASPNETCORE_HTTP_PORTS=8080
# is cleared: ASPNETCORE_URLS overrides it anyway, with a warning at every start.
ENV ASPNETCORE_URLS=http://0.0.0.0:5000 \
    ASPNETCORE_HTTP_PORTS="" \
    Warehouse__DatabasePath=/app/data/insights.duckdb \
    Etl__SourcesFolder=/app/data/sources
EXPOSE 5000
ENTRYPOINT ["dotnet", "Insights.Site.dll"]
