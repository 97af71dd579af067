/*
 * A libFuzzer front end for a .NET program that calls SharpFuzz's Fuzzer.LibFuzzer.Run.
 *
 * libFuzzer owns the mutation loop; the .NET program runs as a child process and executes one input per request.
 * The child finds the segment and the pipes through the environment (__LIBFUZZER_SHM_ID,
 * __LIBFUZZER_CONTROL_PIPE_ID, __LIBFUZZER_STATUS_PIPE_ID). They share one System V shared memory segment: the first 64 KiB are the edge counters written by SharpFuzz's
 * instrumentation, followed by up to 1 MiB of input. Two pipes carry 4-byte messages: the child says "ready" (0) on
 * the status pipe; for each input the parent writes its length on the control pipe and the child answers with a
 * status (0 = ok, anything else = an exception escaped). The counters are copied into libFuzzer's extra counters
 * after each run, which is how coverage reaches libFuzzer.
 *
 * Build: clang -O2 -fsanitize=fuzzer libfuzzer-sharpfuzz.c -o libfuzzer-sharpfuzz
 * Run:   ./libfuzzer-sharpfuzz --target_path=./NewsParsing.Fuzz --target_arg=libfuzzer [libFuzzer flags] corpus/
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

#define COUNTERS_SIZE (1 << 16)
#define INPUT_SIZE (1 << 20)
#define CONTROL_FD 198
#define STATUS_FD 199

/* libFuzzer reads this section as additional 8-bit coverage counters. */
__attribute__((used, section("__libfuzzer_extra_counters"))) static uint8_t counters[COUNTERS_SIZE];

static const char *target_path;
static const char *target_arg;
static int control_fd = -1;
static int status_fd = -1;
static int shm_id = -1;
static uint8_t *shared;
static pid_t child = -1;

static void fail(const char *what)
{
    fprintf(stderr, "libfuzzer-sharpfuzz: %s: %s\n", what, errno ? strerror(errno) : "failed");
    exit(1);
}

static void cleanup(void)
{
    if (shm_id >= 0)
        shmctl(shm_id, IPC_RMID, NULL);
    if (child > 0)
    {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
}

static const char *flag(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && arg[n] == '=' ? arg + n + 1 : NULL;
}

static void io_all(int fd, void *buffer, size_t size, int writing)
{
    uint8_t *p = buffer;
    while (size > 0)
    {
        ssize_t n = writing ? write(fd, p, size) : read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
        {
            errno = 0;
            fail("the .NET process ended unexpectedly");
        }
        if (n < 0)
            fail(writing ? "write to the .NET process" : "read from the .NET process");
        p += n;
        size -= (size_t)n;
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int i = 1; i < *argc; i++)
    {
        const char *v;
        if ((v = flag((*argv)[i], "--target_path")))
            target_path = v;
        else if ((v = flag((*argv)[i], "--target_arg")))
            target_arg = v;
    }
    if (!target_path)
    {
        fprintf(stderr, "usage: %s --target_path=PROGRAM [--target_arg=ARG] [libFuzzer flags] [corpus...]\n", (*argv)[0]);
        exit(2);
    }

    int control[2], status[2];
    if (pipe(control) || pipe(status))
        fail("pipe");
    shm_id = shmget(IPC_PRIVATE, COUNTERS_SIZE + INPUT_SIZE, IPC_CREAT | IPC_EXCL | 0600);
    if (shm_id < 0)
        fail("shmget");
    atexit(cleanup);
    shared = shmat(shm_id, NULL, 0);
    if (shared == (void *)-1)
        fail("shmat");

    child = fork();
    if (child < 0)
        fail("fork");
    if (child == 0)
    {
        char id[16];
        snprintf(id, sizeof id, "%d", shm_id);
        if (dup2(control[0], CONTROL_FD) < 0 || dup2(status[1], STATUS_FD) < 0)
            fail("dup2");
        close(control[0]);
        close(control[1]);
        close(status[0]);
        close(status[1]);
        setenv("__LIBFUZZER_SHM_ID", id, 1);
        setenv("__LIBFUZZER_CONTROL_PIPE_ID", "198", 1);
        setenv("__LIBFUZZER_STATUS_PIPE_ID", "199", 1);
        execl(target_path, target_path, target_arg, (char *)NULL);
        fail("exec");
    }

    close(control[0]);
    close(status[1]);
    control_fd = control[1];
    status_fd = status[0];
    int32_t ready;
    io_all(status_fd, &ready, sizeof ready, 0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > INPUT_SIZE)
        return 0; /* longer inputs are not delivered; keep -max_len below 1 MiB */

    memset(shared, 0, COUNTERS_SIZE);
    memcpy(shared + COUNTERS_SIZE, data, size);
    int32_t length = (int32_t)size, status;
    io_all(control_fd, &length, sizeof length, 1);
    io_all(status_fd, &status, sizeof status, 0);
    memcpy(counters, shared, COUNTERS_SIZE);
    if (status != 0)
    {
        fprintf(stderr, "libfuzzer-sharpfuzz: an exception escaped the .NET target (status %d); see its message above\n", status);
        __builtin_trap();
    }
    return 0;
}
