// Training is single-threaded by design; running the tests one at a time keeps them within the shared CPU budget
// and keeps LightGBM's native thread settings from interleaving between concurrent trainings.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
