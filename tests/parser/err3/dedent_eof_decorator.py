class C:
    @abstractmethod
