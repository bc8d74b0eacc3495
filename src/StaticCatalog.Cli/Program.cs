using StaticCatalog.Cli;

return CliApp.Run(args);
