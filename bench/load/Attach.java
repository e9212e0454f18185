import com.sun.tools.attach.VirtualMachine;

/** java Attach.java PID AGENT_PATH OPTIONS: loads a native agent (async-profiler) into a running JVM, for profile.sh. */
public class Attach {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
