// The hourly readers and the writer live in the host (src/Oasis/Air/Import) so that the air page imports with the same code (decision 0514).
global using Oasis.Air.Import;
