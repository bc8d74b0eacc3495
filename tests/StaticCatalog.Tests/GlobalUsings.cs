global using StaticCatalog.Tests.Support;
